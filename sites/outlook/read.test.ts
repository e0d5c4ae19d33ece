// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { type Fixture, loadFixture, mountCalendar, mountFixture, setPageUrl } from './load-fixture';
import { MAX_TEXT_LENGTH, readOpenMessages } from './read';

afterEach(() => {
  document.body.replaceChildren();
});

/** A saved page put in the test window at the address Outlook gives a message it opens. */
function openInMail(name: Fixture): Document {
  setPageUrl('https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk1');
  mountFixture(document, name);
  return document;
}

/** Takes away every sign of who sent the open messages. */
function withoutSenders(doc: Document): Document {
  for (const sender of doc.querySelectorAll('[role="listitem"] [aria-label^="From:"]')) {
    sender.removeAttribute('aria-label');
    sender.removeAttribute('title');
  }
  for (const title of doc.querySelectorAll('[role="listitem"] [title*="@"]')) title.removeAttribute('title');
  return doc;
}

const PRIYA = {
  subject: 'Your application for Senior Product Designer',
  fromName: 'Priya Raman',
  fromEmail: 'priya.raman@lumenfield.com',
  date: new Date(2024, 2, 5, 10, 12).getTime(),
};

describe('readOpenMessages', () => {
  test('reads the message in the reading pane: subject, sender, date, conversation and its visible text', () => {
    const { messages, misses } = readOpenMessages(loadFixture('new-reading-pane'));
    expect(misses).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      ...PRIYA,
      threadId: 'AQQkADAwATM0MDAAMS1hYjk1LWIwZDAtMDACLTAwCgAQAJu5c9m6p0lJq2E1rW3N1uU=',
    });
    expect(messages[0]?.messageId).toMatch(/^[0-9a-f]{16}$/);
    expect(messages[0]?.text).toContain(
      'After careful consideration, we have decided to move forward with other candidates',
    );
    expect(messages[0]?.text).toContain('Warm regards,\nPriya Raman\nTalent Partner, Lumenfield');
    // The hidden preheader and the mail's own style sheet are not text.
    expect(messages[0]?.text).not.toContain('An update on your application');
    expect(messages[0]?.text).not.toContain('color:#fff');
  });

  test('gives a message opened in full view the same id and fields as in the reading pane', () => {
    const [inPane] = readOpenMessages(loadFixture('new-reading-pane')).messages;
    const { messages, misses } = readOpenMessages(loadFixture('new-full-view'));
    expect(misses).toEqual([]);
    expect(messages).toEqual([{ ...inPane, threadId: undefined }]);
  });

  test('reads only the expanded messages of a conversation, in page order, without their quoted history', () => {
    const { messages, misses } = readOpenMessages(loadFixture('new-conversation'));
    expect(misses).toEqual([]);
    expect(messages.map((m) => m.fromEmail)).toEqual([
      'alex.morgan@outlook.com',
      'sam.okafor@harborandpine.com',
    ]);
    expect(messages[0]?.text).toBe('Hi Sam,\n\nTuesday at 10 works for me. Looking forward to it!\n\nAlex');
    expect(messages[1]?.text).toBe(
      [
        'Hi Alex,',
        'Thanks again for your time last week and for the thoughtful conversation with the team about the Frontend Engineer position.',
        'Unfortunately, we will not be moving forward with your application at this time. The decision was a close one, and we were impressed by your portfolio.',
        'All the best,\nSam Okafor\nEngineering Manager, Harbor & Pine',
      ].join('\n\n'),
    );
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(2);
    expect(messages.map((m) => m.subject)).toEqual([
      'Frontend Engineer interview at Harbor & Pine',
      'Frontend Engineer interview at Harbor & Pine',
    ]);
  });

  test('reads the older layout, cutting a "From: … Sent: …" block and what follows, with British dates', () => {
    const { messages, misses } = readOpenMessages(loadFixture('classic-reading-pane'));
    expect(misses).toEqual([]);
    expect(messages).toEqual([
      expect.objectContaining({
        subject: 'Application status update – Operations Analyst',
        fromName: 'Tailwind Traders Careers',
        fromEmail: 'workday@tailwindtraders.com',
        date: new Date(2024, 2, 7, 14, 2).getTime(),
      }),
    ]);
    expect(messages[0]?.text).toContain('unfortunately, you have not been selected for this position');
    expect(messages[0]?.text.endsWith('Kind regards,\nTailwind Traders Talent Acquisition')).toBe(true);
  });

  test('finds nothing, and misses nothing, with no message open', () => {
    expect(readOpenMessages(loadFixture('new-inbox'))).toEqual({ messages: [], misses: [] });
  });

  test('names a message the same whether the heading shows the conversation or the reply subject', () => {
    const [, decision] = readOpenMessages(loadFixture('new-conversation')).messages;
    const doc = loadFixture('new-conversation');
    const heading = doc.querySelector('[id$="_SUBJECT"] span') as Element;
    heading.textContent = `RE: ${heading.textContent}`;
    expect(readOpenMessages(doc).messages[1]?.messageId).toBe(decision?.messageId);
  });

  test('counts the fields it could not find and still reads what it can', () => {
    const { messages, misses } = readOpenMessages(withoutSenders(openInMail('new-reading-pane')));
    expect(misses.sort()).toEqual(['fromEmail', 'fromName']);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.fromEmail).toBeUndefined();
  });

  test('counts a body missing from a message that says it is expanded', () => {
    const doc = openInMail('new-reading-pane');
    doc.querySelector('[aria-label="Message body"]')?.remove();
    expect(readOpenMessages(doc)).toEqual({ messages: [], misses: ['body'] });
  });

  test('counts messages as missed when a message is open but no container is found', () => {
    const doc = openInMail('new-reading-pane');
    const item = doc.querySelector('[role="listitem"]') as Element;
    item.removeAttribute('role');
    for (const body of item.querySelectorAll('[aria-label="Message body"]'))
      body.replaceWith(...body.childNodes);
    expect(readOpenMessages(doc)).toEqual({ messages: [], misses: ['messages'] });
  });

  test('counts a missing part only where a message is meant to be open in the mail view', () => {
    const missesAt = (path: string, selected: boolean) => {
      setPageUrl(`https://outlook.live.com${path}`);
      mountFixture(document, 'new-reading-pane');
      if (!selected)
        document.querySelector('[data-convid][aria-selected="true"]')?.setAttribute('aria-selected', 'false');
      return readOpenMessages(withoutSenders(document)).misses.sort();
    };
    expect(missesAt('/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk1', false)).toEqual(['fromEmail', 'fromName']);
    expect(missesAt('/mail/0/', true)).toEqual(['fromEmail', 'fromName']);
    expect(missesAt('/mail/0/', false)).toEqual([]);
    expect(missesAt('/calendar/view/month', true)).toEqual([]);
  });

  test("finds no message and misses nothing on Outlook's calendar, whose main part is not a reading pane", () => {
    setPageUrl('https://outlook.live.com/calendar/0/view/month');
    mountCalendar(document);
    expect(readOpenMessages(document)).toEqual({ messages: [], misses: [] });
  });

  test('never changes the page it reads', () => {
    mountFixture(document, 'new-conversation');
    const before = document.body.innerHTML;
    expect(readOpenMessages(document).messages).toHaveLength(2);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll('[id$="divRplyFwdMsg"], blockquote').length).toBeGreaterThan(0);
  });

  test("gives the page's address when it names the open message", () => {
    setPageUrl(
      'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk1LWIwZDAtMDACLTAwCgAQAJu5c9m6p0lJq2E1rW3N1uU%3D',
    );
    mountFixture(document, 'new-reading-pane');
    expect(readOpenMessages(document).messages[0]?.url).toBe(
      'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hYjk1LWIwZDAtMDACLTAwCgAQAJu5c9m6p0lJq2E1rW3N1uU%3D',
    );
    setPageUrl('https://outlook.live.com/mail/0/');
    expect(readOpenMessages(document).messages[0]?.url).toBeUndefined();
  });

  test('caps a very long body', () => {
    const doc = loadFixture('new-reading-pane');
    const body = doc.querySelector('[aria-label="Message body"] .x_elementToProof') as Element;
    for (let i = 0; i < 8_000; i++) body.append(doc.createElement('p'), 'Lorem ipsum dolor sit amet. ');
    const text = readOpenMessages(doc).messages[0]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(text.length).toBeGreaterThan(MAX_TEXT_LENGTH * 0.9);
    expect(text.startsWith('Hi Alex,')).toBe(true);
  });
});
