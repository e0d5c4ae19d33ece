/**
 * The mail readers under fuzzing, each with its saved pages, where a message body sits in them, the fields it
 * can miss and the cap on a message's text. Needs a DOM environment (the pages are parsed).
 */
import { expect } from 'vitest';
import { FIXTURES as GMAIL_PAGES, loadFixture as loadGmail } from '@/sites/gmail/load-fixture';
import { MAX_TEXT_LENGTH as GMAIL_MAX, readOpenMessages as readGmail } from '@/sites/gmail/read';
import { gmail } from '@/sites/gmail/selectors';
import { FIXTURES as LINKEDIN_PAGES, loadFixture as loadLinkedIn } from '@/sites/linkedin/load-fixture';
import { MAX_TEXT_LENGTH as LINKEDIN_MAX, readOpenMessages as readLinkedIn } from '@/sites/linkedin/read';
import { linkedin } from '@/sites/linkedin/selectors';
import type { PageRead } from '@/sites/message-watch';
import { loadFixture as loadOutlook, FIXTURES as OUTLOOK_PAGES } from '@/sites/outlook/load-fixture';
import { MAX_TEXT_LENGTH as OUTLOOK_MAX, readOpenMessages as readOutlook } from '@/sites/outlook/read';
import { outlook } from '@/sites/outlook/selectors';

export interface MailSite {
  name: string;
  pages: readonly string[];
  load(page: string): Document;
  /** A saved page with one message open, and where that message's body is in it. */
  open: { page: string; body: string };
  read(doc: Document): PageRead;
  fields: readonly string[];
  maxTextLength: number;
  /** The part of a message's text that comes from its body, which the cap applies to. */
  ownWords(text: string): string;
}

/** LinkedIn reads messages relative to a day; a fixed one keeps two reads alike. */
const NOW = Date.UTC(2026, 10, 27, 12);

export const MAIL_SITES: MailSite[] = [
  {
    name: 'Gmail',
    pages: GMAIL_PAGES,
    load: (page) => loadGmail(page as (typeof GMAIL_PAGES)[number]),
    open: { page: 'thread-rejection', body: 'div.a3s' },
    read: readGmail,
    fields: Object.keys(gmail),
    maxTextLength: GMAIL_MAX,
    ownWords: (text) => text,
  },
  {
    name: 'Outlook',
    pages: OUTLOOK_PAGES,
    load: (page) => loadOutlook(page as (typeof OUTLOOK_PAGES)[number]),
    open: { page: 'new-reading-pane', body: '[id^="UniqueMessageBody"]' },
    read: readOutlook,
    fields: Object.keys(outlook),
    maxTextLength: OUTLOOK_MAX,
    ownWords: (text) => text,
  },
  {
    name: 'LinkedIn',
    pages: LINKEDIN_PAGES,
    load: (page) => loadLinkedIn(page as (typeof LINKEDIN_PAGES)[number]),
    open: { page: 'thread-classic', body: '.msg-s-event-listitem__body' },
    read: (doc) => readLinkedIn(doc, NOW),
    fields: Object.keys(linkedin),
    maxTextLength: LINKEDIN_MAX,
    // The sender's headline follows the message behind a `--` line, as a signature would.
    ownWords: (text) => text.split('\n\n--\n')[0] ?? '',
  },
];

const optionalString = (value: unknown) => {
  if (value !== undefined) expect(typeof value).toBe('string');
};

/** What every read must look like, whatever the page: named misses, and messages with ids and capped text. */
export function expectWellFormed(site: MailSite, { messages, misses }: PageRead): void {
  expect(new Set(misses).size).toBe(misses.length);
  for (const miss of misses) expect(site.fields).toContain(miss);
  for (const message of messages) {
    expect(message.messageId).toMatch(/\S/);
    expect(typeof message.subject).toBe('string');
    expect(message.text).toMatch(/\S/);
    expect(site.ownWords(message.text).length).toBeLessThanOrEqual(site.maxTextLength);
    for (const key of ['threadId', 'fromName', 'fromEmail', 'url'] as const) optionalString(message[key]);
    if (message.date !== undefined) expect(Number.isFinite(message.date)).toBe(true);
  }
}
