// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AdapterHealth } from '@/sites/health';
import type { OpenMessage } from '@/sites/pipeline';
import { mountFixture, setPageUrl, showView } from './load-fixture';
import { watchGmail } from './watcher';

const REJECTION = 'msg-f:1792701768541109557';
const SEVERAL = ['msg-f:1791375520956458706', 'msg-f:1792766219651695541'];

let stop: (() => void) | undefined;

function watch(onMessages: (messages: OpenMessage[]) => void, onHealth?: (health: AdapterHealth) => void) {
  stop = watchGmail({ doc: document, win: window, onMessages, onHealth });
}

/** Long enough for the gentle poll and the debounce to run. */
const settle = () => vi.advanceTimersByTimeAsync(1_500);

/** What Gmail does when the user moves between views: new content in the main view and a new hash. */
async function navigate(view: Parameters<typeof showView>[1], hash: string) {
  showView(document, view);
  setPageUrl(`https://mail.google.com/mail/u/0/${hash}`);
  window.dispatchEvent(new Event('hashchange'));
  await settle();
}

const ids = (onMessages: ReturnType<typeof vi.fn>) =>
  onMessages.mock.calls.map(([messages]) => (messages as OpenMessage[]).map((m) => m.messageId));

/** Expands a collapsed message the way Gmail does: the state flips and the body arrives. */
function expand(container: Element, text: string) {
  const item = container.closest('[role="listitem"]') as Element;
  item.classList.replace('kv', 'h7');
  item.setAttribute('aria-expanded', 'true');
  const wrapper = document.createElement('div');
  wrapper.className = 'ii gt';
  const body = document.createElement('div');
  body.className = 'a3s aiL';
  body.textContent = text;
  wrapper.append(body);
  container.querySelector('.gs')?.append(wrapper);
}

beforeEach(() => {
  vi.useFakeTimers();
  setPageUrl('https://mail.google.com/mail/u/0/#inbox');
  document.body.replaceChildren();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('watchGmail', () => {
  test('waits for Gmail to load, then hands over the thread already open', async () => {
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    expect(onMessages).not.toHaveBeenCalled();

    mountFixture(document, 'thread-rejection');
    await settle();
    expect(ids(onMessages)).toEqual([[REJECTION]]);
    expect(onMessages.mock.calls[0]?.[0][0]).toMatchObject({ fromEmail: 'no-reply@hire.lever.co' });
  });

  test('follows opening, switching, going back and reopening, handing each message over once', async () => {
    mountFixture(document, 'inbox');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    expect(onMessages).not.toHaveBeenCalled();

    await navigate('thread-rejection', '#inbox/FMfcgzGxSHTcRnqf');
    await navigate('thread-several', '#inbox/FMfcgzGxSHTdBwPk');
    await navigate('inbox', '#inbox');
    await navigate('thread-rejection', '#inbox/FMfcgzGxSHTcRnqf');
    expect(ids(onMessages)).toEqual([[REJECTION], SEVERAL]);
  });

  test('hands over a message expanded later in the thread', async () => {
    mountFixture(document, 'thread-several');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    expect(ids(onMessages)).toEqual([SEVERAL]);

    const collapsed = document.querySelector('[data-legacy-message-id="18d6c01f2b3e9a47"]') as Element;
    expand(collapsed, 'Hi Alex, we would love to set up a first interview.');
    await settle();
    expect(ids(onMessages)).toEqual([SEVERAL, [`msg-f:${BigInt('0x18d6c01f2b3e9a47')}`]]);
    expect(onMessages.mock.calls[1]?.[0][0].text).toBe('Hi Alex, we would love to set up a first interview.');
  });

  test('finds the main view again when Gmail replaces it', async () => {
    mountFixture(document, 'inbox');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();

    mountFixture(document, 'thread-several');
    await settle();
    expect(ids(onMessages)).toEqual([SEVERAL]);
  });

  test('keeps watching, and counts the error, when the callback throws', async () => {
    mountFixture(document, 'inbox');
    const onHealth = vi.fn();
    const onMessages = vi.fn().mockImplementationOnce(() => {
      throw new Error('background unreachable');
    });
    watch(onMessages, onHealth);

    await navigate('thread-rejection', '#inbox/FMfcgzGxSHTcRnqf');
    await navigate('thread-several', '#inbox/FMfcgzGxSHTdBwPk');
    expect(ids(onMessages)).toEqual([[REJECTION], SEVERAL]);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 1 + SEVERAL.length, missed: 0, errors: 1 });
  });

  test('counts fields it could not find', async () => {
    mountFixture(document, 'thread-rejection');
    for (const date of document.querySelectorAll('[title][alt]')) date.removeAttribute('title');
    const onHealth = vi.fn();
    const onMessages = vi.fn();
    watch(onMessages, onHealth);
    await settle();
    expect(ids(onMessages)).toEqual([[REJECTION]]);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 1, missed: 1, errors: 0 });
  });

  test('stop() disconnects everything', async () => {
    mountFixture(document, 'inbox');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    stop?.();
    expect(vi.getTimerCount()).toBe(0);

    await navigate('thread-rejection', '#inbox/FMfcgzGxSHTcRnqf');
    mountFixture(document, 'thread-several');
    await settle();
    expect(onMessages).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
