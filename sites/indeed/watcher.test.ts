// @vitest-environment happy-dom
import type { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { mountFixture } from '@/sites/status/load-fixture';
import type { StatusRow } from '@/sites/status/types';
import { INDEED_PAGES } from './fixtures';
import { watchIndeed } from './watcher';

let stop: (() => void) | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

test('hands over the applied list once it renders, and each application once', async () => {
  (window as unknown as HappyWindow).happyDOM.setURL(INDEED_PAGES.cards.url);
  const onRows = vi.fn();
  const onHealth = vi.fn();
  stop = watchIndeed({ doc: document, win: window, onRows, onHealth });
  mountFixture(INDEED_PAGES.cards);
  await vi.advanceTimersByTimeAsync(1_500);
  mountFixture(INDEED_PAGES.cards);
  await vi.advanceTimersByTimeAsync(1_500);
  const statuses = onRows.mock.calls.map(([rows]) => (rows as StatusRow[]).map((row) => row.status));
  expect(statuses).toEqual([['Not selected by employer', 'Application viewed', 'Not selected', 'Applied']]);
  expect(onHealth).toHaveBeenLastCalledWith({ read: 4, missed: 0, errors: 0 });
});

test('says when the applied tab no longer shows a list it can find', async () => {
  (window as unknown as HappyWindow).happyDOM.setURL(INDEED_PAGES.cards.url);
  const onHealth = vi.fn();
  stop = watchIndeed({ doc: document, win: window, onRows: vi.fn(), onHealth, patienceMs: 5_000 });
  document.body.append(Object.assign(document.createElement('main'), { textContent: 'Something new' }));
  await vi.advanceTimersByTimeAsync(6_000);
  expect(onHealth).toHaveBeenLastCalledWith({ read: 0, missed: 1, errors: 0 });
});
