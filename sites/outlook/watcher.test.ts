// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AdapterHealth } from '@/sites/health';
import { PATIENCE_MS } from '@/sites/patience';
import type { OpenMessage } from '@/sites/pipeline';
import {
  type Fixture,
  loadFixture,
  mountCalendar,
  mountFixture,
  setPageUrl,
  swapFixture,
} from './load-fixture';
import { readOpenMessages } from './read';
import { watchOutlook } from './watcher';

const READING_PANE = '[data-app-section="MailReadCompose"]';
const idsIn = (name: Fixture) => readOpenMessages(loadFixture(name)).messages.map((m) => m.messageId);
const PRIYA = idsIn('new-reading-pane');
const CONVERSATION = idsIn('new-conversation');

let stop: (() => void) | undefined;

function watch(onMessages: (messages: OpenMessage[]) => void, onHealth?: (health: AdapterHealth) => void) {
  stop = watchOutlook({ doc: document, win: window, onMessages, onHealth });
}

/** Long enough for the gentle poll and the debounce to run. */
const settle = () => vi.advanceTimersByTimeAsync(1_500);

/** What Outlook does when the user clicks a message: new reading pane content and a new address, no event. */
async function open(name: Fixture, path: string) {
  swapFixture(document, name, READING_PANE);
  setPageUrl(`https://outlook.live.com${path}`);
  await settle();
}

const ids = (onMessages: ReturnType<typeof vi.fn>) =>
  onMessages.mock.calls.map(([messages]) => (messages as OpenMessage[]).map((m) => m.messageId));

beforeEach(() => {
  vi.useFakeTimers();
  setPageUrl('https://outlook.live.com/mail/0/');
  document.body.replaceChildren();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('watchOutlook', () => {
  test('waits for Outlook to load, then hands over the message already open', async () => {
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    expect(onMessages).not.toHaveBeenCalled();

    mountFixture(document, 'new-reading-pane');
    await settle();
    expect(ids(onMessages)).toEqual([PRIYA]);
    expect(onMessages.mock.calls[0]?.[0][0]).toMatchObject({ fromEmail: 'priya.raman@lumenfield.com' });
  });

  test('follows opening, switching, going back and reopening, handing each message over once', async () => {
    mountFixture(document, 'new-inbox');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    expect(onMessages).not.toHaveBeenCalled();

    await open('new-reading-pane', '/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk1');
    await open('new-conversation', '/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk2');
    swapFixture(document, 'new-inbox', READING_PANE);
    setPageUrl('https://outlook.live.com/mail/0/');
    window.dispatchEvent(new Event('popstate'));
    await settle();
    await open('new-reading-pane', '/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk1');
    expect(ids(onMessages)).toEqual([PRIYA, CONVERSATION]);
  });

  test('does not hand over again a message reopened in full view', async () => {
    mountFixture(document, 'new-reading-pane');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();

    mountFixture(document, 'new-full-view');
    setPageUrl('https://outlook.live.com/mail/0/id/AAkALgAAAAAAHYQDEapmEc2byACqAC');
    await settle();
    expect(ids(onMessages)).toEqual([PRIYA]);
  });

  test('hands over a message expanded later in the conversation', async () => {
    mountFixture(document, 'new-conversation');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    expect(ids(onMessages)).toEqual([CONVERSATION]);

    const collapsed = document.querySelector('[role="listitem"][aria-expanded="false"]') as Element;
    collapsed.setAttribute('aria-expanded', 'true');
    const body = document.createElement('div');
    body.setAttribute('aria-label', 'Message body');
    body.setAttribute('role', 'document');
    body.textContent = 'Hi Alex, would you be available for a video interview next Tuesday or Wednesday?';
    collapsed.append(body);
    await settle();
    expect(onMessages).toHaveBeenCalledTimes(2);
    expect(onMessages.mock.calls[1]?.[0]).toEqual([
      expect.objectContaining({
        fromEmail: 'sam.okafor@harborandpine.com',
        date: new Date(2024, 1, 26, 16, 5).getTime(),
        text: 'Hi Alex, would you be available for a video interview next Tuesday or Wednesday?',
      }),
    ]);
  });

  test('keeps watching, and counts the error, when the callback throws', async () => {
    mountFixture(document, 'new-inbox');
    const onHealth = vi.fn();
    const onMessages = vi.fn().mockImplementationOnce(() => {
      throw new Error('background unreachable');
    });
    watch(onMessages, onHealth);

    await open('new-reading-pane', '/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk1');
    await open('new-conversation', '/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk2');
    expect(ids(onMessages)).toEqual([PRIYA, CONVERSATION]);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 1 + CONVERSATION.length, missed: 0, errors: 1 });
  });

  test('counts a read in which the page no longer looks as expected', async () => {
    mountFixture(document, 'new-reading-pane');
    document.querySelector('[data-testid="SentReceivedSavedTime"]')?.replaceChildren();
    const onHealth = vi.fn();
    const onMessages = vi.fn();
    watch(onMessages, onHealth);
    await settle();
    expect(onMessages).toHaveBeenCalledTimes(1);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 1, missed: 1, errors: 0 });
  });

  test("stays quiet on Outlook's calendar, whose main part and heading are not a message", async () => {
    setPageUrl('https://outlook.live.com/calendar/0/view/month');
    mountCalendar(document);
    const onHealth = vi.fn();
    const onMessages = vi.fn();
    watch(onMessages, onHealth);
    await settle();
    document.querySelector('[role="heading"]')?.replaceChildren('December 2026');
    window.dispatchEvent(new Event('popstate'));
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 2);
    expect(onMessages).not.toHaveBeenCalled();
    expect(onHealth).not.toHaveBeenCalled();
  });

  test('stop() disconnects everything', async () => {
    mountFixture(document, 'new-inbox');
    const onMessages = vi.fn();
    watch(onMessages);
    await settle();
    stop?.();
    expect(vi.getTimerCount()).toBe(0);

    await open('new-reading-pane', '/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk1');
    mountFixture(document, 'new-conversation');
    await settle();
    expect(onMessages).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
