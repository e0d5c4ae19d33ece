// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { setPageUrl } from './fixture-loader';
import { whileOnPage } from './while-on-page';

const isWanted = (url: URL) => url.pathname.startsWith('/messaging/');

beforeEach(() => {
  vi.useFakeTimers();
  setPageUrl('https://www.linkedin.com/feed/');
});

afterEach(() => {
  vi.useRealTimers();
});

test('follows an app moving in and out at once when the browser tells of its moves, without waiting for the poll', () => {
  const navigation = new EventTarget();
  const win = Object.assign(Object.create(window), { navigation }) as Window;
  const stopped = vi.fn();
  const start = vi.fn(() => stopped);
  const stop = whileOnPage({ win, isWanted, start, pollMs: 60_000 });
  expect(start).not.toHaveBeenCalled();

  setPageUrl('https://www.linkedin.com/messaging/thread/1/');
  navigation.dispatchEvent(new Event('currententrychange'));
  expect(start).toHaveBeenCalledTimes(1);

  setPageUrl('https://www.linkedin.com/jobs/');
  navigation.dispatchEvent(new Event('currententrychange'));
  expect(stopped).toHaveBeenCalledTimes(1);
  stop();
});

test('finds a move on its light poll where the browser tells nothing', async () => {
  const start = vi.fn(() => () => undefined);
  const stop = whileOnPage({ win: window, isWanted, start, pollMs: 1000 });
  setPageUrl('https://www.linkedin.com/messaging/');
  expect(start).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1000);
  expect(start).toHaveBeenCalledTimes(1);
  stop();
});
