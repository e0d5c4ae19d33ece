import { readField } from '@/sites/fallbacks';
import { fingerprint } from '@/sites/fingerprint';
import type { PageRead } from '@/sites/message-watch';
import type { OpenMessage } from '@/sites/pipeline';
import { inertCopy, readableText } from '@/sites/text';
import { historyStart, isOutlookMailPage, type OutlookField, outlook, quotedBlocks } from './selectors';

/** Enough for any real rejection; keeps a pathological body from costing much. */
export const MAX_TEXT_LENGTH = 50_000;

/** "From: … / Sent: …": the header block Outlook and other clients put above quoted history. */
const HEADER_FROM = /^[\s*]*(?:from|von|de|van|da)\s*:/i;
const HEADER_FIELD =
  /^[\s*]*(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado|fecha|para|asunto|verzonden|aan|onderwerp|data|assunto|inviato|oggetto)\s*:/i;
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*original message\s*-{2,}\s*$/i;
/** A separator line (underscores, dashes) or a blank line just above a header block belongs to the history. */
const SEPARATOR = /^[\s_-]*$/;

/** The text before the first quoted header block, which plain-text replies and Outlook desktop leave. */
function withoutQuotedHeaders(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex(
    (line, index) =>
      ORIGINAL_MESSAGE.test(line) ||
      (HEADER_FROM.test(line) && lines.slice(index + 1, index + 5).some((next) => HEADER_FIELD.test(next))),
  );
  if (at < 0) return text;
  let end = at;
  while (end > 0 && SEPARATOR.test(lines[end - 1] ?? '')) end--;
  return lines.slice(0, end).join('\n').trim();
}

/** Removes `start` and everything after it in reading order, up to `root`. */
function removeFrom(start: Element, root: Element): void {
  for (let node: Node | null = start; node && node !== root; node = node.parentNode) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  start.remove();
}

/** The message's own words: history is removed from a copy made by a document without a window. */
function ownText(body: Element): string {
  const copy = inertCopy(body);
  const history = copy.querySelector(historyStart);
  if (history) removeFrom(history, copy);
  for (const quote of copy.querySelectorAll(quotedBlocks)) quote.remove();
  return withoutQuotedHeaders(readableText(copy, MAX_TEXT_LENGTH));
}

/** Reply and forward prefixes, which the conversation heading and a message opened on its own may disagree on. */
const SUBJECT_PREFIX = /^(?:(?:re|fw|fwd|aw|wg|tr|sv|vs|rv|antw)\s*:\s*)+/i;

/**
 * Outlook's own ids differ between the reading pane (conversation ids) and full view (item ids), so a message is
 * named by what its header shows, which is the same wherever it opens: sender, subject and date (or, without a
 * date, the start of its text).
 */
function messageIdOf(parts: { from: string; subject: string; date?: number; text: string }): string {
  const when = parts.date !== undefined ? String(parts.date) : parts.text.slice(0, 200);
  return fingerprint([parts.from.toLowerCase(), parts.subject.replace(SUBJECT_PREFIX, ''), when]);
}

/** A path that names the open message: `…/id/<item or conversation>`. */
const NAMES_MESSAGE = /\/id\//;

/** The page's address when it names the open message, to go back to it. */
function messageUrl(doc: Document): string | undefined {
  // Documents without a window (parsed, saved) have no location.
  const location: Location | null = doc.location;
  if (!location || !/^https?:$/.test(location.protocol)) return undefined;
  return NAMES_MESSAGE.test(location.pathname) ? location.href : undefined;
}

/**
 * Whether a message is clearly meant to be open: in the mail view, with the message named in the address or a
 * conversation selected in the list. Elsewhere (the calendar, people) the fallbacks for the pane and the subject
 * find other parts of the app, where a missing message is no sign of change. A saved page has no address and is
 * judged by its list alone.
 */
function messageMeantOpen(doc: Document): boolean {
  const location: Location | null = doc.location;
  if (location && !isOutlookMailPage(new URL(location.href))) return false;
  return (
    (location !== null && NAMES_MESSAGE.test(location.pathname)) ||
    readField(outlook.conversationId, doc) !== undefined
  );
}

/**
 * The expanded messages open in Outlook's reading pane or full view that have their body in the page. With no
 * message meant to be open, nothing counts as a miss.
 */
export function readOpenMessages(doc: Document): PageRead<OutlookField> {
  const misses = new Set<OutlookField>();
  const need = <Value>(field: OutlookField, value: Value | undefined): Value | undefined => {
    if (value === undefined) misses.add(field);
    return value;
  };
  const result = (messages: OpenMessage[]): PageRead<OutlookField> => ({
    messages,
    misses: misses.size > 0 && messageMeantOpen(doc) ? [...misses] : [],
  });

  const pane = need('readingPane', readField(outlook.readingPane, doc));
  if (!pane) return result([]);
  const subjectElement = readField(outlook.subject, pane);
  const containers = readField(outlook.messages, pane);
  if (!subjectElement && !containers) return result([]);
  need('subject', subjectElement);
  need('messages', containers);

  const subject = subjectElement ? readableText(subjectElement).replace(/\s+/g, ' ') : '';
  const threadId = readField(outlook.conversationId, doc);
  const url = messageUrl(doc);

  const messages: OpenMessage[] = [];
  for (const container of containers ?? []) {
    const body = readField(outlook.body, container);
    if (!body) {
      // A collapsed message has no body; one that says it is expanded should.
      if (readField(outlook.expanded, container)) misses.add('body');
      continue;
    }
    const text = ownText(body);
    if (!text) continue;
    const fromName = need('fromName', readField(outlook.fromName, container));
    const fromEmail = need('fromEmail', readField(outlook.fromEmail, container));
    const date = need('date', readField(outlook.date, container));
    messages.push({
      messageId: messageIdOf({ from: fromEmail ?? fromName ?? '', subject, date, text }),
      threadId,
      subject,
      fromName,
      fromEmail,
      date,
      text,
      url,
    });
  }
  return result(messages);
}
