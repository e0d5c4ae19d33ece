// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mountFixture } from '@/sites/status/load-fixture';
import type { StatusRow } from '@/sites/status/types';
import { GREENHOUSE_PAGES } from './fixtures';
import { watchGreenhouse } from './watcher';

let stop: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

test('hands over the applications when the list renders, and again only what is new', async () => {
  const onRows = vi.fn();
  const onHealth = vi.fn();
  stop = watchGreenhouse({ doc: document, win: window, onRows, onHealth });
  mountFixture(GREENHOUSE_PAGES.cards);
  await vi.advanceTimersByTimeAsync(1_500);
  mountFixture(GREENHOUSE_PAGES.generated);
  await vi.advanceTimersByTimeAsync(1_500);
  const calls = onRows.mock.calls.map(([rows]) => (rows as StatusRow[]).map((row) => row.company));
  expect(calls).toEqual([
    ['Northwind Labs', 'Fabrikam', 'Lumen Health'],
    ['Contoso', 'Tailspin Toys'],
  ]);
  expect(onHealth).toHaveBeenLastCalledWith({ read: 5, missed: 0, errors: 0 });
});
