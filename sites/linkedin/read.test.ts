// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { detect } from '@/detector';
import type { OpenMessage } from '@/sites/pipeline';
import { loadFixture, mountFixture, setPageUrl } from './load-fixture';
import { readOpenMessages } from './read';

/** Wednesday 13 March 2024, 15:30: "Today" in the saved conversation. */
const NOW = new Date(2024, 2, 13, 15, 30).getTime();
const DAY = 86_400_000;
const THREAD = '2-ZjE4NWQ5ZTItM2E1Yy00ZGQ0LWI2NWUtNjQ5YWY1YzM4ZjQ3XzAxMA==';

/** What the pipeline hands the detector for a LinkedIn message. */
const judge = (message: OpenMessage | undefined) =>
  detect({ from: message?.fromName ?? '', subject: message?.subject ?? '', text: message?.text ?? '' });

afterEach(() => {
  document.body.replaceChildren();
});

describe('readOpenMessages', () => {
  test('reads what others sent, in page order, never the member’s own messages', () => {
    const { messages, misses } = readOpenMessages(loadFixture('thread-classic'), NOW);
    expect(misses).toEqual([]);
    expect(messages.map((m) => [m.fromName, m.date])).toEqual([
      ['Jane Doe', new Date(2024, 1, 27, 9, 15).getTime()],
      ['Jane Doe', new Date(2024, 2, 13, 10, 42).getTime()],
      // The second message of a run shows no name or time of its own.
      ['Jane Doe', new Date(2024, 2, 13, 10, 42).getTime()],
    ]);
    expect(messages.map((m) => m.messageId)).toEqual([
      'urn:li:msg_message:(urn:li:fsd_profile:ACoAAB3x5dsBqzq1Rk2m7yV9,2-MTcwOTAyNTMwMDAwMGIxMjM0NS0wMDQmZjQ5ZTkx)',
      'urn:li:msg_message:(urn:li:fsd_profile:ACoAAB3x5dsBqzq1Rk2m7yV9,2-MTcwOTYzMjMyMDAwMGIxMjM0NS0wMDQmZjQ5ZTkx)',
      'urn:li:msg_message:(urn:li:fsd_profile:ACoAAB3x5dsBqzq1Rk2m7yV9,2-MTcwOTYzMjM5MDAwMGIxMjM0NS0wMDQmZjQ5ZTkx)',
    ]);
    expect(messages.map((m) => m.text).join('\n')).not.toContain("I'd love to chat");
    expect(messages.map((m) => m.subject)).toEqual(['Senior Backend Engineer – payments team', '', '']);
    expect(messages[0]?.text.startsWith('Hi Alex,\n\nI came across your profile')).toBe(true);
  });

  test('signs each message with the sender’s headline, so the detector names the employer, not LinkedIn', () => {
    const rejection = readOpenMessages(loadFixture('thread-classic'), NOW).messages[1];
    expect(rejection?.text.endsWith('Best,\nJane\n\n--\nJane Doe\nTalent Acquisition at Acme')).toBe(true);
    expect(judge(rejection)).toMatchObject({
      rejection: true,
      company: 'Acme',
      role: 'Senior Backend Engineer',
      recruiter: 'Jane Doe',
    });
    // Without the headline, nothing in the conversation names the employer.
    const unsigned = { ...rejection, text: rejection?.text.split('\n\n--\n')[0] } as OpenMessage;
    expect(judge(unsigned).company).toBeUndefined();
  });

  test('reads the newer layout through its fallbacks, telling own messages apart by the member’s name', () => {
    const { messages, misses } = readOpenMessages(loadFixture('thread-newer'), NOW);
    expect(misses).toEqual([]);
    expect(messages.map((m) => [m.fromName, m.date, m.subject])).toEqual([
      ['Marcus Chen', Date.UTC(2024, 2, 5, 14, 15), 'Staff Data Engineer – next steps'],
      ['Marcus Chen', Date.UTC(2024, 2, 5, 14, 15), ''],
    ]);
    expect(messages[0]?.text.startsWith('Hi Alex,\n\nThank you for interviewing')).toBe(true);
    expect(messages[0]?.messageId).toMatch(/^[0-9a-f]{16}$/);
    expect(messages[0]?.messageId).not.toBe(messages[1]?.messageId);
    expect(judge(messages[0])).toMatchObject({
      rejection: true,
      company: 'Globex',
      role: 'Staff Data Engineer',
      recruiter: 'Marcus Chen',
    });
    expect(judge(messages[1]).rejection).toBe(false);
  });

  test('names a message without an event id the same on later days, when "Today" has become "Yesterday"', () => {
    const today = loadFixture('thread-classic');
    for (const event of today.querySelectorAll('[data-event-urn]')) event.removeAttribute('data-event-urn');
    const first = readOpenMessages(today, NOW).messages.map((m) => m.messageId);
    expect(new Set(first).size).toBe(3);

    const heading = [...today.querySelectorAll('time')].find(
      (time) => time.textContent === 'Today',
    ) as Element;
    heading.textContent = 'Yesterday';
    expect(readOpenMessages(today, NOW + DAY).messages.map((m) => m.messageId)).toEqual(first);
  });

  test('gives the conversation’s id and address', () => {
    setPageUrl(`https://www.linkedin.com/messaging/thread/${THREAD}/?filter=unread`);
    mountFixture(document, 'thread-classic');
    expect(readOpenMessages(document, NOW).messages[0]).toMatchObject({
      threadId: THREAD,
      url: `https://www.linkedin.com/messaging/thread/${THREAD}/`,
    });
  });

  test('signs only the messages of the person the header describes', () => {
    const doc = loadFixture('thread-classic');
    const lastRun = doc.querySelectorAll('.msg-s-message-group__name')[2] as Element;
    lastRun.textContent = 'Sam Lee';
    const [intro, fromSam] = readOpenMessages(doc, NOW).messages;
    expect(intro?.text).toContain('Talent Acquisition at Acme');
    expect(fromSam?.fromName).toBe('Sam Lee');
    expect(fromSam?.text).not.toContain('Talent Acquisition at Acme');
  });

  test('judges nothing it cannot tell apart from the member’s own messages, and counts that', () => {
    const doc = loadFixture('thread-newer');
    doc.querySelector('img.global-nav__me-photo')?.remove();
    expect(readOpenMessages(doc, NOW)).toEqual({ messages: [], misses: ['viewerName'] });
  });

  test('counts the fields it could not find and still reads what it can', () => {
    const doc = loadFixture('thread-classic');
    for (const hint of doc.querySelectorAll(
      '.msg-s-message-group__name, .visually-hidden, .msg-s-event-listitem img',
    ))
      hint.remove();
    const { messages, misses } = readOpenMessages(doc, NOW);
    expect(misses).toEqual(['senderName']);
    expect(messages).toHaveLength(3);
    expect(messages[0]?.fromName).toBeUndefined();
  });

  test('finds nothing, and misses nothing, while a conversation is loading', () => {
    const doc = loadFixture('thread-classic');
    doc.querySelector('.msg-convo-wrapper')?.replaceChildren();
    expect(readOpenMessages(doc, NOW)).toEqual({ messages: [], misses: [] });
  });

  test('never changes the page it reads', () => {
    mountFixture(document, 'thread-newer');
    const before = document.body.innerHTML;
    expect(readOpenMessages(document, NOW).messages).toHaveLength(2);
    expect(document.body.innerHTML).toBe(before);
  });
});
