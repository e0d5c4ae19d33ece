// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type PageRead, READ_DEBOUNCE_MS, watchOpenMessages } from '@/sites/message-watch';
import type { OpenMessage } from '@/sites/pipeline';

const message = (messageId: string): OpenMessage => ({ messageId, subject: '', text: messageId });

let stop: (() => void) | undefined;
let view: HTMLElement;

function watch(reads: PageRead[], knownAtEachRead: string[][] = []) {
  const onMessages = vi.fn();
  const onHealth = vi.fn();
  let next = 0;
  stop = watchOpenMessages({
    doc: document,
    win: window,
    findView: () => view,
    viewBelongsAt: () => true,
    read: (_, isKnown) => {
      knownAtEachRead.push(['a', 'b', 'c'].filter(isKnown));
      return reads[Math.min(next++, reads.length - 1)] as PageRead;
    },
    onMessages,
    onHealth,
  });
  return { onMessages, onHealth };
}

/** A change in the view, and time for the debounced read. */
async function change() {
  view.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(READ_DEBOUNCE_MS);
}

beforeEach(() => {
  vi.useFakeTimers();
  view = document.createElement('main');
  document.body.replaceChildren(view);
});

afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

test('hands each message over once, even when one read lists it twice', async () => {
  const { onMessages, onHealth } = watch([
    { messages: [message('a'), message('a'), message('b')], misses: [] },
    { messages: [message('b'), message('c')], misses: [] },
  ]);
  await vi.advanceTimersByTimeAsync(READ_DEBOUNCE_MS);
  await change();
  expect(onMessages.mock.calls.map(([batch]) => batch.map((m: OpenMessage) => m.messageId))).toEqual([
    ['a', 'b'],
    ['c'],
  ]);
  expect(onHealth).toHaveBeenLastCalledWith({ read: 3, missed: 0, errors: 0 });
});

test('tells the reader which messages were handed over already, so it can skip them', async () => {
  const known: string[][] = [];
  watch(
    [
      { messages: [message('a')], misses: [] },
      { messages: [message('b')], misses: [] },
      { messages: [], misses: [] },
    ],
    known,
  );
  await vi.advanceTimersByTimeAsync(READ_DEBOUNCE_MS);
  await change();
  await change();
  expect(known).toEqual([[], ['a'], ['a', 'b']]);
});

test('counts one miss per read that missed something, and stays quiet when nothing happened', async () => {
  const { onMessages, onHealth } = watch([
    { messages: [], misses: ['subject', 'date'] },
    { messages: [], misses: [] },
    { messages: [], misses: ['date'] },
  ]);
  await vi.advanceTimersByTimeAsync(READ_DEBOUNCE_MS);
  await change();
  expect(onHealth).toHaveBeenCalledTimes(1);
  await change();
  expect(onHealth).toHaveBeenLastCalledWith({ read: 0, missed: 2, errors: 0 });
  expect(onMessages).not.toHaveBeenCalled();
});
