// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type ViewWatchOptions, watchView } from './watch';

let stop: (() => void) | undefined;

function watch(options: Partial<ViewWatchOptions>) {
  stop = watchView({
    doc: document,
    win: window,
    findView: (doc) => doc.querySelector('#view'),
    onChange: () => {},
    onError: () => {},
    debounceMs: 250,
    ...options,
  });
}

function addView(): Element {
  const view = document.createElement('section');
  view.id = 'view';
  document.body.append(view);
  return view;
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

test('finds a view that appears later with the gentle poll, and reads it once', async () => {
  const onChange = vi.fn();
  watch({ onChange, pollMs: 1000 });
  addView();
  await vi.advanceTimersByTimeAsync(999);
  expect(onChange).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(251);
  expect(onChange).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(5000);
  expect(onChange).toHaveBeenCalledTimes(1);
});

test('looks for the view at once on navigation', async () => {
  const onChange = vi.fn();
  watch({ onChange, pollMs: 60_000 });
  addView();
  window.dispatchEvent(new Event('popstate'));
  await vi.advanceTimersByTimeAsync(250);
  expect(onChange).toHaveBeenCalledTimes(1);
});

test('follows the view when the app moves it to another element', async () => {
  const first = addView();
  const second = document.createElement('section');
  document.body.append(second);
  const onChange = vi.fn();
  watch({ onChange, findView: (doc) => doc.querySelector('[data-active]') });
  first.setAttribute('data-active', '');
  await vi.advanceTimersByTimeAsync(1250);
  onChange.mockClear();

  first.removeAttribute('data-active');
  second.setAttribute('data-active', '');
  await vi.advanceTimersByTimeAsync(1250);
  onChange.mockClear();

  first.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(500);
  expect(onChange).not.toHaveBeenCalled();
  second.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(250);
  expect(onChange).toHaveBeenCalledTimes(1);
});

test('coalesces a burst of changes into one read', async () => {
  const view = addView();
  const onChange = vi.fn();
  watch({ onChange });
  await vi.advanceTimersByTimeAsync(250);
  onChange.mockClear();

  for (let i = 0; i < 20; i++) {
    view.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(10);
  }
  await vi.advanceTimersByTimeAsync(250);
  expect(onChange).toHaveBeenCalledTimes(1);
});

test('still reads a view that never stops changing', async () => {
  const view = addView();
  const onChange = vi.fn();
  watch({ onChange });
  await vi.advanceTimersByTimeAsync(250);
  onChange.mockClear();

  for (let i = 0; i < 20; i++) {
    view.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(100);
  }
  expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(6);
});

test('ignores changes outside the view', async () => {
  addView();
  const onChange = vi.fn();
  watch({ onChange });
  await vi.advanceTimersByTimeAsync(250);
  onChange.mockClear();

  document.body.append(document.createElement('aside'));
  await vi.advanceTimersByTimeAsync(1000);
  expect(onChange).not.toHaveBeenCalled();
});

test('hands errors to onError and keeps watching', async () => {
  const view = addView();
  const error = new Error('broken');
  const onError = vi.fn();
  const onChange = vi.fn().mockImplementationOnce(() => {
    throw error;
  });
  watch({ onChange, onError });
  await vi.advanceTimersByTimeAsync(250);
  expect(onError).toHaveBeenCalledWith(error);

  view.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(250);
  expect(onChange).toHaveBeenCalledTimes(2);
});

test('stops observing, polling and listening', async () => {
  const view = addView();
  const onChange = vi.fn();
  watch({ onChange });
  view.append(document.createElement('div'));
  stop?.();
  expect(vi.getTimerCount()).toBe(0);

  view.append(document.createElement('div'));
  window.dispatchEvent(new Event('hashchange'));
  await vi.advanceTimersByTimeAsync(5000);
  expect(onChange).not.toHaveBeenCalled();
});

test('hears a busy view once per read: the observer rests from the first change until the read', async () => {
  const view = addView();
  const heard = vi.fn();
  const Observer = window.MutationObserver;
  // The page's own observer class, counting every time it calls into the watch.
  class CountingObserver extends Observer {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        heard();
        callback(records, observer);
      });
    }
  }
  const onChange = vi.fn();
  stop = watchView({
    doc: document,
    win: Object.assign(Object.create(window), { MutationObserver: CountingObserver }) as Window,
    findView: (doc) => doc.querySelector('#view'),
    onChange,
    onError: () => {},
    debounceMs: 250,
  });
  await vi.advanceTimersByTimeAsync(250);
  onChange.mockClear();
  for (let batch = 0; batch < 10; batch++) {
    view.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
  }
  // Ten changes in 200 ms: the first is heard, the rest wait for the read, which sees them all.
  expect(heard).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(50);
  expect(onChange).toHaveBeenCalledTimes(1);
  view.append(document.createElement('p'));
  await vi.advanceTimersByTimeAsync(0);
  expect(heard).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(250);
  expect(onChange).toHaveBeenCalledTimes(2);
});
