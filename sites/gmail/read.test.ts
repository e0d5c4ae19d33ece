// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadFixture, mountFixture, setPageUrl } from './load-fixture';
import { MAX_TEXT_LENGTH, readOpenMessages } from './read';
import { quotedHistory } from './selectors';

afterEach(() => {
  document.body.replaceChildren();
});

describe('readOpenMessages', () => {
  test('reads a single-message rejection: ids, subject, sender, date and the visible text only', () => {
    const { messages, misses } = readOpenMessages(loadFixture('thread-rejection'));
    expect(misses).toEqual([]);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatchObject({
      messageId: 'msg-f:1792701768541109557',
      threadId: 'thread-f:1792701768541109557',
      subject: 'Your application to Senior Data Analyst at Northwind',
      fromName: 'Priya Raman',
      fromEmail: 'no-reply@hire.lever.co',
      date: new Date(2024, 2, 5, 10, 12).getTime(),
    });
    expect(message?.text).toContain(
      'After careful consideration, we have decided to move forward with other candidates whose experience',
    );
    expect(message?.text).toContain('Best regards,\nPriya Raman\nTalent Acquisition, Northwind');
    // The hidden preheader and the mail's own style sheet are not text.
    expect(message?.text).not.toContain('An update on your application');
    expect(message?.text).not.toContain('color:#fff');
  });

  test('reads an acknowledgement with its conditional sentence intact', () => {
    const { messages } = readOpenMessages(loadFixture('thread-acknowledgement'));
    expect(messages.map((m) => m.fromEmail)).toEqual(['no-reply@us.greenhouse-mail.io']);
    expect(messages[0]?.text).toContain(
      'If you are not selected for this position, we will keep your resume',
    );
    expect(messages[0]?.text.startsWith('Hi Alex,\n\nThanks for applying')).toBe(true);
  });

  test('reads only the expanded messages of a longer thread, in page order', () => {
    const { messages, misses } = readOpenMessages(loadFixture('thread-several'));
    expect(misses).toEqual([]);
    expect(messages.map((m) => m.messageId)).toEqual([
      'msg-f:1791375520956458706',
      'msg-f:1792766219651695541',
    ]);
    expect(messages.at(-1)?.text).toBe(
      [
        'Hi Alex,',
        'Thank you for your patience, and for the thoughtful conversations with the team.',
        'Unfortunately, we have decided not to move forward with your candidacy for the Product Manager, Growth role. It was a close decision, and we were impressed by your experimentation work.',
        'We wish you all the best in your search.',
        'Kind regards,\nDana Whitfield\nSenior Recruiter, Contoso',
      ].join('\n\n'),
    );
    expect(messages.map((m) => m.text).join()).not.toContain('Tuesday at 11 works great');
  });

  test('skips messages already handed over before reading their body', () => {
    const doc = loadFixture('thread-several');
    // Each body read looks for its quoted history first.
    const quoteLookups = vi.spyOn(Element.prototype, 'querySelectorAll');
    const bodiesRead = () =>
      quoteLookups.mock.calls.filter(([selector]) => selector === quotedHistory).length;
    const [first, second] = readOpenMessages(doc).messages;
    expect(bodiesRead()).toBe(2);
    quoteLookups.mockClear();

    const later = readOpenMessages(doc, (id) => id === first?.messageId);
    expect(later).toEqual({ messages: [second], misses: [] });
    expect(bodiesRead()).toBe(1);
    quoteLookups.mockClear();

    expect(readOpenMessages(doc, () => true)).toEqual({ messages: [], misses: [] });
    expect(bodiesRead()).toBe(0);
  });

  test('reads the subject again when Gmail changes it in place', () => {
    const doc = loadFixture('thread-rejection');
    const before = readOpenMessages(doc).messages[0]?.subject;
    const heading = doc.querySelector('h2.hP') as Element;
    heading.textContent = 'Re: a subject of its own';
    expect(readOpenMessages(doc).messages[0]?.subject).toBe('Re: a subject of its own');
    expect(before).not.toBe('Re: a subject of its own');
  });

  test('reads a message id again when Gmail gives its container another one', () => {
    const doc = loadFixture('thread-rejection');
    expect(readOpenMessages(doc).messages[0]?.messageId).toBe('msg-f:1792701768541109557');
    const container = doc.querySelector('[data-message-id]') as Element;
    container.setAttribute('data-message-id', '#msg-f:1792701768541109999');
    expect(readOpenMessages(doc).messages[0]?.messageId).toBe('msg-f:1792701768541109999');
  });
  test('reads a body in place: the page keeps its quoted history', () => {
    const doc = loadFixture('thread-reply-quoting');
    const before = doc.body.innerHTML;
    expect(readOpenMessages(doc).messages[0]?.text).not.toContain('regret to inform you');
    expect(doc.body.innerHTML).toBe(before);
  });

  test('leaves quoted history out of a reply', () => {
    const { messages } = readOpenMessages(loadFixture('thread-reply-quoting'));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.text).toContain('happy to share');
    expect(messages[0]?.text).not.toContain('regret to inform you');
    expect(messages[0]?.text).not.toContain('wrote:');
  });

  test('reads emoji images in the subject as emoji and skips a body that is still loading', () => {
    const { messages, misses } = readOpenMessages(loadFixture('thread-emoji-subject'));
    expect(misses).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.subject).toBe('Your application to Product Designer at Lumen 💼 ✨');
    expect(messages[0]?.text).toContain('Hi Alex 👋');
  });

  test('finds nothing, and misses nothing, in the inbox list', () => {
    expect(readOpenMessages(loadFixture('inbox'))).toEqual({ messages: [], misses: [] });
  });

  test('still reads a thread in the newer layout through the fallbacks', () => {
    const { messages, misses } = readOpenMessages(loadFixture('thread-newer-layout'));
    expect(misses).toEqual([]);
    expect(messages).toEqual([
      expect.objectContaining({
        messageId: 'msg-f:1793496785418301796',
        threadId: 'thread-f:1793496785418301796',
        subject: 'Application status update – Operations Analyst',
        fromName: 'Tailwind Traders Careers',
        fromEmail: 'workday@tailwindtraders.com',
        date: new Date(2024, 2, 7, 14, 2).getTime(),
      }),
    ]);
    expect(messages[0]?.text).toContain('unfortunately, you have not been selected for this position');
  });

  test('counts the fields it could not find and still reads what it can', () => {
    const doc = loadFixture('thread-rejection');
    for (const sender of doc.querySelectorAll('[email]')) {
      sender.removeAttribute('email');
      sender.removeAttribute('name');
    }
    for (const hovercard of doc.querySelectorAll('[data-hovercard-id]'))
      hovercard.removeAttribute('data-hovercard-id');
    const { messages, misses } = readOpenMessages(doc);
    expect(misses.sort()).toEqual(['fromEmail', 'fromName']);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.fromEmail).toBeUndefined();
  });

  test('counts messages as missed when a thread is open but no container is found', () => {
    const doc = loadFixture('thread-rejection');
    for (const container of doc.querySelectorAll('.adn, [role="listitem"]')) {
      container.removeAttribute('data-message-id');
      container.removeAttribute('data-legacy-message-id');
      container.removeAttribute('role');
      container.classList.remove('adn');
    }
    expect(readOpenMessages(doc)).toEqual({ messages: [], misses: ['messages'] });
  });

  test('never changes the page it reads', () => {
    mountFixture(document, 'thread-reply-quoting');
    const before = document.body.innerHTML;
    expect(readOpenMessages(document).messages).toHaveLength(1);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll('.gmail_quote').length).toBeGreaterThan(0);
  });

  test("gives the thread's address in the current account", () => {
    setPageUrl('https://mail.google.com/mail/u/1/#inbox/FMfcgzGxSHTcRnqfPkqQgWnBZnLsvmBq');
    mountFixture(document, 'thread-rejection');
    expect(readOpenMessages(document).messages[0]?.url).toBe(
      'https://mail.google.com/mail/u/1/#all/18e0f4c2a61b7d35',
    );
  });

  test('caps a very long body', () => {
    const doc = loadFixture('thread-rejection');
    const body = doc.querySelector('div.a3s') as Element;
    for (let i = 0; i < 8_000; i++) body.append(doc.createElement('p'), 'Lorem ipsum dolor sit amet. ');
    const text = readOpenMessages(doc).messages[0]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(text.length).toBeGreaterThan(MAX_TEXT_LENGTH * 0.9);
    expect(text.startsWith('Northwind\n\nHi Alex,')).toBe(true);
  });
});
