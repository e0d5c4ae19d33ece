import { attribute, element, elements, type Field, type Probe, readField } from '@/sites/fallbacks';
import { SITES } from '@/sites/registry';

/**
 * Where LinkedIn messaging keeps each part of the open conversation, best guess first: the long-lived `msg-s-*`
 * classes, then the `data-view-name` hooks of the newer layout (whose classes are generated), then what a screen
 * reader hears ("Jane Doe sent the following message at 10:42 AM") and plain structure. `selectors.test.ts` runs
 * every probe on the saved pages in `fixtures/`.
 */
export interface LinkedInFields {
  /** The open conversation: what LinkedIn swaps when the user opens another one. */
  thread: Field<Document, Element>;
  /** The signed-in member's name, which tells their own messages apart where no class does. */
  viewerName: Field<Document, string>;
  /** The other person as the conversation header shows them: name and headline ("Recruiter at Acme"). */
  partnerName: Field<Element, string>;
  partnerHeadline: Field<Element, string>;
  /** Every message of the conversation, oldest first. */
  events: Field<Element, Element[]>;
  /** Whether a message came from someone else. */
  inbound: Field<Element, boolean>;
  eventId: Field<Element, string>;
  /** The sender's name, on the first message of each run of messages by one sender. */
  senderName: Field<Element, string>;
  /** The time as shown with the sender's name ("10:42 AM"). */
  shownTime: Field<Element, string>;
  /** The full time of that run, where the page gives it, ms since the epoch. */
  exactTime: Field<Element, number>;
  /** The day heading ("Today", "Feb 27") on the first message of a day. */
  dayHeading: Field<Element, string>;
  /** An InMail's subject. */
  subject: Field<Element, Element>;
  body: Field<Element, Element>;
}

export type LinkedInField = keyof LinkedInFields;

/**
 * A short label's text. `textContent` rather than the readable text: the newer layout hides the visible name and
 * time from screen readers (`aria-hidden`) because a sentence says them instead.
 */
const oneLine = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined;

function text(selector: string): Probe<ParentNode, string> {
  return {
    via: selector,
    read: (scope) => {
      const found = scope.querySelector(selector);
      return found ? oneLine(found) : undefined;
    },
  };
}

/** What a screen reader hears above each run of messages; the body's own paragraphs are never searched. */
const SENT = /^(.+?) sent the following messages? at (.+?)$/;

function screenReaderSentence(part: 1 | 2): Probe<Element, string> {
  return {
    via: '"… sent the following message at …"',
    read: (event) => {
      for (const span of event.querySelectorAll('span')) {
        if (span.closest('p')) continue;
        const match = SENT.exec((span.textContent ?? '').replace(/\s+/g, ' ').trim());
        if (match) return match[part];
      }
      return undefined;
    },
  };
}

/** The line after the name in the conversation header, which is the person's headline. */
const lineAfterName: Probe<Element, string> = {
  via: 'the line after the header name',
  read: (thread) => {
    for (let at: Element | null = thread.querySelector('h2'); at && at !== thread; at = at.parentElement) {
      const next = at.nextElementSibling;
      if (next) return oneLine(next);
    }
    return undefined;
  },
};

export const linkedin: LinkedInFields = {
  thread: [
    element('.msg-convo-wrapper'),
    element('.msg-thread'),
    element('[data-view-name="messaging-thread"]'),
    element('main'),
  ],
  viewerName: [attribute('img.global-nav__me-photo', 'alt')],
  partnerName: [
    text('.msg-entity-lockup__entity-title'),
    text('.msg-s-profile-card .artdeco-entity-lockup__title'),
    text('h2'),
  ],
  partnerHeadline: [
    text('.msg-entity-lockup__entity-info'),
    text('.msg-s-profile-card .artdeco-entity-lockup__subtitle'),
    lineAfterName,
  ],
  events: [
    elements('li.msg-s-message-list__event'),
    elements('.msg-s-event-listitem'),
    elements('li[data-view-name="messaging-message"]'),
  ],
  inbound: [
    {
      via: '.msg-s-event-listitem--other',
      read: (event) => {
        const item = event.matches('.msg-s-event-listitem')
          ? event
          : event.querySelector('.msg-s-event-listitem');
        return item ? item.classList.contains('msg-s-event-listitem--other') : undefined;
      },
    },
  ],
  eventId: [attribute('[data-event-urn]', 'data-event-urn')],
  senderName: [
    text('.msg-s-message-group__name'),
    screenReaderSentence(1),
    attribute('a[href*="/in/"] img[alt]', 'alt'),
  ],
  shownTime: [text('time.msg-s-message-group__timestamp'), screenReaderSentence(2), text('time[datetime]')],
  exactTime: [
    attribute('time[datetime]', 'datetime', (raw) => {
      const time = Date.parse(raw);
      return Number.isNaN(time) ? undefined : time;
    }),
  ],
  dayHeading: [text('.msg-s-message-list__time-heading')],
  subject: [element('.msg-s-event-listitem__subject'), element('h3')],
  body: [
    element('.msg-s-event-listitem__body'),
    {
      via: 'the paragraphs of a message',
      read: (event) => event.querySelector('p')?.parentElement ?? undefined,
    },
  ],
};

/** LinkedIn messaging, the only part of LinkedIn read: elsewhere `main` holds the feed, jobs, profiles… */
export const isLinkedInMessaging = (url: URL) => url.pathname.startsWith(SITES.linkedin.path);

/** An address that names an open conversation, `/messaging/thread/<id>/`: there, a conversation must show. */
export const namesLinkedInThread = (url: URL) => /^\/messaging\/thread\/[^/]+/.test(url.pathname);

/**
 * The open conversation, once its messages show: nothing can be read without them. `thread` alone proves
 * nothing, as its last fallback, `main`, is on every page of LinkedIn; nor does a name in the header (any `h2`).
 */
export function openConversation(doc: Document): Element | undefined {
  const thread = readField(linkedin.thread, doc);
  return thread && readField(linkedin.events, thread) !== undefined ? thread : undefined;
}
