import { readField } from '@/sites/fallbacks';
import type { OpenMessage } from '@/sites/pipeline';
import { readableText } from '@/sites/text';
import { type GmailField, gmail, quotedHistory } from './selectors';
import { toLegacyId } from './values';

export interface OpenMessages {
  messages: OpenMessage[];
  /** Fields every probe failed to find, for health counts: a sign Gmail's markup changed. */
  misses: GmailField[];
}

/** Enough for any real rejection; keeps a pathological body from costing much. */
export const MAX_TEXT_LENGTH = 50_000;

/** The message's own words, read in place without its quoted history. */
function ownText(body: Element): string {
  return readableText(body, MAX_TEXT_LENGTH, new Set(body.querySelectorAll(quotedHistory)));
}

/** The subject as last read from each subject element, kept while its text stays the same: a busy thread is read often. */
const subjects = new WeakMap<Element, { text: string; subject: string }>();

function subjectOf(element: Element): string {
  const text = element.textContent ?? '';
  const known = subjects.get(element);
  if (known?.text === text) return known.subject;
  const subject = readableText(element).replace(/\s+/g, ' ');
  subjects.set(element, { text, subject });
  return subject;
}

/** The last thread's legacy id, worked out again only when another thread opens. */
let lastThread: { id: string; legacy: string | undefined } | undefined;

function legacyIdOf(threadId: string): string | undefined {
  if (lastThread?.id !== threadId) lastThread = { id: threadId, legacy: toLegacyId(threadId) };
  return lastThread.legacy;
}

/** Gmail opens a thread from `#all/<legacy thread id>` in the current account, whatever view it was found in. */
function threadUrl(doc: Document, threadId: string | undefined): string | undefined {
  const legacy = threadId && legacyIdOf(threadId);
  // Documents without a window (parsed, saved) have no location.
  const location: Location | null = doc.location;
  if (!legacy || !location || !/^https?:$/.test(location.protocol)) return undefined;
  return `${location.origin}${location.pathname}#all/${legacy}`;
}

/**
 * The id read from each message container, with the `data-message-id` it was read beside: a busy thread is read every
 * few hundred ms and its containers keep their ids, so a container is asked again only when that attribute changes.
 */
const containerIds = new WeakMap<Element, { attribute: string | null; id: string }>();

function messageIdOf(container: Element): string | undefined {
  const attribute = container.getAttribute('data-message-id');
  const known = containerIds.get(container);
  if (known?.attribute === attribute) return known.id;
  const id = readField(gmail.messageId, container);
  // A container without an id yet (still loading) is asked again next time.
  if (id !== undefined) containerIds.set(container, { attribute, id });
  return id;
}

/**
 * The expanded messages of the thread open in `doc` that have their body in the page. In a list view (no thread
 * open) there are none, and nothing counts as a miss. Messages whose id `isKnown` (already handed over) are
 * skipped before their body is copied and walked: Gmail's message ids are stable, so a re-read of a busy thread
 * costs only its new messages.
 */
export function readOpenMessages(
  doc: Document,
  isKnown: (messageId: string) => boolean = () => false,
): OpenMessages {
  const misses = new Set<GmailField>();
  const need = <Value>(field: GmailField, value: Value | undefined): Value | undefined => {
    if (value === undefined) misses.add(field);
    return value;
  };
  const result = (messages: OpenMessage[]): OpenMessages => ({ messages, misses: [...misses] });

  const view = need('mainView', readField(gmail.mainView, doc));
  if (!view) return result([]);
  const subjectElement = readField(gmail.subject, view);
  const containers = readField(gmail.messages, view);
  if (!subjectElement && !containers) return result([]);
  need('subject', subjectElement);
  need('messages', containers);

  const subject = subjectElement ? subjectOf(subjectElement) : '';
  const threadId = need('threadId', readField(gmail.threadId, view));
  const url = threadUrl(doc, threadId);

  const messages: OpenMessage[] = [];
  for (const container of containers ?? []) {
    const messageId = messageIdOf(container);
    if (messageId && isKnown(messageId)) continue;
    const expanded = need('expanded', readField(gmail.expanded, container));
    if (expanded === false) continue;
    const body = readField(gmail.body, container);
    // A container in an unknown state without a body is most likely collapsed: not a miss of the body.
    if (!body) {
      if (expanded) misses.add('body');
      continue;
    }
    const text = ownText(body);
    if (!text) continue;
    if (!messageId) {
      misses.add('messageId');
      continue;
    }
    messages.push({
      messageId,
      threadId,
      subject,
      fromName: need('fromName', readField(gmail.fromName, container)),
      fromEmail: need('fromEmail', readField(gmail.fromEmail, container)),
      date: need('date', readField(gmail.date, container)),
      text,
      url,
    });
  }
  return result(messages);
}
