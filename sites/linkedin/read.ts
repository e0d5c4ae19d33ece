import { readField } from '@/sites/fallbacks';
import { fingerprint } from '@/sites/fingerprint';
import type { PageRead } from '@/sites/message-watch';
import type { OpenMessage } from '@/sites/pipeline';
import { parseShownDate } from '@/sites/shown-date';
import { readableText } from '@/sites/text';
import { type LinkedInField, linkedin } from './selectors';

/** Far more than any chat message; keeps a pathological one from costing much. */
export const MAX_TEXT_LENGTH = 20_000;

/** What the first message of a run by one sender says for the whole run. */
interface Run {
  sender?: string;
  shownTime?: string;
  exactTime?: number;
}

/** The message's own words, read in place without an InMail subject shown inside the bubble. */
function ownText(body: Element): string {
  return readableText(body, MAX_TEXT_LENGTH, new Set(body.querySelectorAll('h1, h2, h3, h4, h5, h6')));
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Someone else wrote it unless the sender is the signed-in member; unknown when either name is. */
function fromSomeoneElse(sender: string | undefined, viewer: string | undefined): boolean | undefined {
  if (!sender || !viewer) return undefined;
  return !sameName(sender, viewer) && !sameName(sender, 'You');
}

/** The open conversation's id and address, from `/messaging/thread/<id>/`. */
function conversationOf(doc: Document): { id?: string; url?: string } {
  // Documents without a window (parsed, saved) have no location.
  const location: Location | null = doc.location;
  const segment = location && /^\/messaging\/thread\/([^/]+)/.exec(location.pathname)?.[1];
  if (!location || !segment) return {};
  return { id: decodeURIComponent(segment), url: `${location.origin}/messaging/thread/${segment}/` };
}

/**
 * The detector finds the employer in a signature; a chat message has none, but the header's headline ("Talent
 * Acquisition at Acme") is one. It goes after the message the way a signature would, behind the `--` line.
 */
function withHeadline(text: string, sender: string, headline: string): string {
  return `${text}\n\n--\n${sender}\n${headline}`;
}

/**
 * The messages other people sent in the conversation open in LinkedIn messaging. The member's own messages are
 * never handed over. `now` dates messages that only show a day heading such as "Today" or "Monday".
 */
export function readOpenMessages(doc: Document, now = Date.now()): PageRead<LinkedInField> {
  const misses = new Set<LinkedInField>();
  const need = <Value>(field: LinkedInField, value: Value | undefined): Value | undefined => {
    if (value === undefined) misses.add(field);
    return value;
  };
  const result = (messages: OpenMessage[]): PageRead<LinkedInField> => ({ messages, misses: [...misses] });

  const thread = need('thread', readField(linkedin.thread, doc));
  if (!thread) return result([]);
  const partner = readField(linkedin.partnerName, thread);
  const events = readField(linkedin.events, thread);
  // Still loading, or no conversation open.
  if (!partner && !events) return result([]);
  need('partnerName', partner);
  need('events', events);

  const headline = readField(linkedin.partnerHeadline, thread);
  const viewer = readField(linkedin.viewerName, doc);
  const conversation = conversationOf(doc);

  const messages: OpenMessage[] = [];
  let run: Run = {};
  let day: string | undefined;
  for (const event of events ?? []) {
    day = readField(linkedin.dayHeading, event) ?? day;
    const sender = readField(linkedin.senderName, event);
    if (sender) {
      run = {
        sender,
        shownTime: readField(linkedin.shownTime, event),
        exactTime: readField(linkedin.exactTime, event),
      };
    }
    const body = readField(linkedin.body, event);
    // Notices in the conversation ("Jane is now a connection") have no body.
    if (!body) continue;
    const inbound = readField(linkedin.inbound, event) ?? fromSomeoneElse(run.sender, viewer);
    if (inbound === undefined) {
      misses.add(viewer ? 'senderName' : 'viewerName');
      continue;
    }
    if (!inbound) continue;
    const text = ownText(body);
    if (!text) continue;

    const fromName = need('senderName', run.sender);
    const shown = `${day ?? ''} ${run.shownTime ?? ''}`;
    // Day headings name the month ("Feb 27"), so the order of all-numeric dates never matters here.
    const date = run.exactTime ?? parseShownDate(shown, { now, dayFirst: false });
    if (date === undefined) misses.add(run.shownTime ? 'dayHeading' : 'shownTime');
    const subjectElement = readField(linkedin.subject, event);
    messages.push({
      messageId:
        readField(linkedin.eventId, event) ??
        fingerprint([
          conversation.id ?? '',
          fromName ?? '',
          date !== undefined ? String(date) : shown,
          text.slice(0, 100),
        ]),
      threadId: conversation.id,
      subject: subjectElement ? readableText(subjectElement).replace(/\s+/g, ' ') : '',
      fromName,
      date,
      text:
        fromName && headline && partner && sameName(fromName, partner)
          ? withHeadline(text, fromName, headline)
          : text,
      url: conversation.url,
    });
  }
  return result(messages);
}
