// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AdapterHealth } from '@/sites/health';
import { PATIENCE_MS } from '@/sites/patience';
import type { OpenMessage } from '@/sites/pipeline';
import { mountFixture, setPageUrl, swapFixture } from './load-fixture';
import { watchLinkedIn } from './watcher';

const NOW = new Date(2024, 2, 13, 15, 30);
const JANE = ['Jane Doe', 'Jane Doe', 'Jane Doe'];
const MARCUS = ['Marcus Chen', 'Marcus Chen'];

let stop: (() => void) | undefined;

function watch(onMessages: (messages: OpenMessage[]) => void, onHealth?: (health: AdapterHealth) => void) {
  stop = watchLinkedIn({ doc: document, win: window, onMessages, onHealth });
}

/** Long enough for the gentle poll and the debounce to run. */
const settle = () => vi.advanceTimersByTimeAsync(1_500);

const senders = (onMessages: ReturnType<typeof vi.fn>) =>
  onMessages.mock.calls.map(([messages]) => (messages as OpenMessage[]).map((m) => m.fromName));

/** A message arriving in the open conversation, as LinkedIn appends it. */
function arrive(other: boolean, name: string, text: string) {
  const item = document.createElement('li');
  item.className = 'msg-s-message-list__event';
  const event = document.createElement('div');
  event.className = `msg-s-event-listitem${other ? ' msg-s-event-listitem--other' : ''}`;
  event.dataset.eventUrn = `urn:li:msg_message:(urn:li:fsd_profile:ACoAAB3x,2-${text.length})`;
  const sender = document.createElement('span');
  sender.className = 'msg-s-message-group__name';
  sender.textContent = name;
  const time = document.createElement('time');
  time.className = 'msg-s-message-group__timestamp';
  time.textContent = '3:29 PM';
  const body = document.createElement('p');
  body.className = 'msg-s-event-listitem__body';
  body.textContent = text;
  event.append(sender, time, body);
  item.append(event);
  document.querySelector('.msg-s-message-list-content')?.append(item);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
  setPageUrl('https://www.linkedin.com/messaging/');
  document.body.replaceChildren();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('watchLinkedIn', () => {
  test('waits for the conversation to load, then hands over what others sent in it', async () => {
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    expect(onMessages).not.toHaveBeenCalled();

    mountFixture(document, 'thread-classic');
    await settle();
    expect(senders(onMessages)).toEqual([JANE]);
  });

  test('follows switching conversations without page loads, handing each message over once', async () => {
    mountFixture(document, 'thread-classic');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();

    swapFixture(document, 'thread-newer', 'main');
    setPageUrl(
      'https://www.linkedin.com/messaging/thread/2-NDFhYjI3ZjItODg4My00ZWNhLTk3NzEtN2QyZWQ1OWM3YTFkXzAxMA==/',
    );
    await settle();
    swapFixture(document, 'thread-classic', 'main');
    setPageUrl(
      'https://www.linkedin.com/messaging/thread/2-ZjE4NWQ5ZTItM2E1Yy00ZGQ0LWI2NWUtNjQ5YWY1YzM4ZjQ3XzAxMA==/',
    );
    await settle();
    expect(senders(onMessages)).toEqual([JANE, MARCUS]);
  });

  test('hands over a message that arrives while the conversation is open, but never the member’s own', async () => {
    mountFixture(document, 'thread-classic');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();

    arrive(false, 'Alex Morgan', 'Thanks Jane, I appreciate you letting me know.');
    await settle();
    expect(onMessages).toHaveBeenCalledTimes(1);
    arrive(true, 'Jane Doe', 'Of course. Take care, Alex!');
    await settle();
    expect(onMessages).toHaveBeenCalledTimes(2);
    expect(onMessages.mock.calls[1]?.[0]).toEqual([
      expect.objectContaining({ fromName: 'Jane Doe', date: new Date(2024, 2, 13, 15, 29).getTime() }),
    ]);
  });

  test('counts a read in which the page no longer looks as expected', async () => {
    mountFixture(document, 'thread-newer');
    document.querySelector('img.global-nav__me-photo')?.remove();
    const onHealth = vi.fn();
    const onMessages = vi.fn();
    watch(onMessages, onHealth);
    await settle();
    expect(onMessages).not.toHaveBeenCalled();
    expect(onHealth).toHaveBeenLastCalledWith({ read: 0, missed: 1, errors: 0 });
  });

  test('counts one miss when a conversation named in the address never shows a part it recognises', async () => {
    const main = document.createElement('main');
    main.append(Object.assign(document.createElement('div'), { className: 'msg-redesigned-pane' }));
    document.body.append(main);
    const onHealth = vi.fn();
    const onMessages = vi.fn();
    watch(onMessages, onHealth);
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 2);
    // The messaging home names no conversation: an empty pane there is no sign of change.
    expect(onHealth).not.toHaveBeenCalled();

    window.history.pushState(null, '', '/messaging/thread/2-abc/');
    await settle();
    expect(onHealth).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 2);
    expect(onHealth).toHaveBeenCalledTimes(1);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 0, missed: 1, errors: 0 });
    expect(onMessages).not.toHaveBeenCalled();
  });

  test('starts reading when LinkedIn moves into messaging without a page load, and stops when it leaves', async () => {
    setPageUrl('https://www.linkedin.com/feed/');
    // The feed's own `main` and a conversation pop-up look like messaging to the selectors: none of it is read.
    mountFixture(document, 'thread-classic');
    const onMessages = vi.fn();
    const onHealth = vi.fn();
    watch(onMessages, onHealth);
    await settle();
    expect(onMessages).not.toHaveBeenCalled();

    window.history.pushState(null, '', '/messaging/thread/2-abc/');
    await settle();
    expect(senders(onMessages)).toEqual([JANE]);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 3, missed: 0, errors: 0 });

    window.history.pushState(null, '', '/jobs/');
    await settle();
    arrive(true, 'Jane Doe', 'One more thing: the role was filled internally.');
    await settle();
    expect(onMessages).toHaveBeenCalledTimes(1);

    // Back in messaging, the watch starts again and its counts add to the earlier ones.
    window.history.pushState(null, '', '/messaging/thread/2-abc/');
    await settle();
    expect(onMessages).toHaveBeenCalledTimes(2);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 7, missed: 0, errors: 0 });
  });

  test('stop() disconnects everything', async () => {
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    stop?.();
    expect(vi.getTimerCount()).toBe(0);

    mountFixture(document, 'thread-classic');
    await settle();
    expect(onMessages).not.toHaveBeenCalled();
  });
});
