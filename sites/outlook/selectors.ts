import { attribute, element, elements, type Field, type Probe } from '@/sites/fallbacks';
import { parseShownDate, writesDayFirst } from '@/sites/shown-date';
import { readableText } from '@/sites/text';

/**
 * Where Outlook on the web keeps each part of an open message, best guess first. Its class names are generated
 * and change with every release, so no probe uses one: they rely on ids, data attributes, ARIA roles and labels
 * and, last, on visible text. `selectors.test.ts` runs every probe on the saved pages in `fixtures/`.
 */
export interface OutlookFields {
  /** The reading pane, or the message opened in full view: the part the app swaps when another message opens. */
  readingPane: Field<Document, Element>;
  subject: Field<Element, Element>;
  /** The conversation selected in the message list; there is none in full view, where no list is shown. */
  conversationId: Field<Document, string>;
  /** One container per message of the open conversation; collapsed ones may be left out. */
  messages: Field<Element, Element[]>;
  /** Whether a message container says it is expanded; only expanded messages have their body in the page. */
  expanded: Field<Element, boolean>;
  fromName: Field<Element, string>;
  fromEmail: Field<Element, string>;
  /** Received time, ms since the epoch. */
  date: Field<Element, number>;
  body: Field<Element, Element>;
}

export type OutlookField = keyof OutlookFields;

const BODY_SELECTORS = ['[id^="UniqueMessageBody"]', '[aria-label="Message body"]', '[role="document"]'];
const BODY = BODY_SELECTORS.join();

/** Where a message's header names its sender, outside the body (whose links and titles are the mail's own). */
const SENDER_SELECTORS = ['[aria-label^="From:"]', '[id$="_FROM"]', '[title*="@"]', 'a[href^="mailto:"]'];

/** The first match in the message's header: outside its body, which holds what the mail itself says. */
function inHeader(message: Element, selector: string): Element | undefined {
  for (const found of message.querySelectorAll(selector)) {
    const body = found.closest(BODY);
    if (!body || !message.contains(body)) return found;
  }
  return undefined;
}

/** The message's elements in page order, without descending into its body. */
function headerElements(message: Element): Element[] {
  const found: Element[] = [];
  const stack = Array.from(message.children).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.matches(BODY)) continue;
    found.push(next);
    stack.push(...Array.from(next.children).reverse());
  }
  return found;
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/i;

/** A sender element's name and address, from its label ("From: Jane Doe"), titles, mailto link or text. */
function senderOf(sender: Element): { name?: string; email?: string } {
  const label = sender.getAttribute('aria-label') ?? '';
  const titles = [sender, ...sender.querySelectorAll('[title]')].map((el) => el.getAttribute('title') ?? '');
  const link = (sender.getAttribute('href') ?? '').replace(/^mailto:/i, '');
  const text = readableText(sender).replace(/\s+/g, ' ');
  const email = [label, ...titles, link, text].map((raw) => EMAIL.exec(raw)?.[0]).find(Boolean);
  const name = (label.replace(/^from:\s*/i, '') || text)
    .replace(/<[^>]*>/g, '')
    .replace(EMAIL, '')
    .replace(/^["'\s]+|["'\s]+$/g, '');
  return { name: name && !name.includes('@') ? name : undefined, email: email?.toLowerCase() };
}

function sender(selector: string, part: 'name' | 'email'): Probe<Element, string> {
  return {
    via: selector,
    read: (message) => {
      const found = inHeader(message, selector);
      return found ? senderOf(found)[part] : undefined;
    },
  };
}

/** A date as the header shows it; the page's language says whether 05/03 is 5 March or May 3. */
function shownDate(holder: Element): number | undefined {
  const context = {
    now: Date.now(),
    dayFirst: writesDayFirst(holder.ownerDocument.documentElement?.getAttribute('lang') ?? ''),
  };
  for (const shown of [holder.getAttribute('title'), readableText(holder)]) {
    const date = shown ? parseShownDate(shown, context) : undefined;
    if (date !== undefined) return date;
  }
  return undefined;
}

function dateIn(selector: string): Probe<Element, number> {
  return {
    via: selector,
    read: (message) => {
      const found = inHeader(message, selector);
      return found ? shownDate(found) : undefined;
    },
  };
}

const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b/;

/** Last resort: the first element of the header whose text alone reads as a date with a time. */
const visibleDate: Probe<Element, number> = {
  via: 'header text with a date and time',
  read: (message) => {
    for (const candidate of headerElements(message)) {
      if (candidate.childElementCount > 0) continue;
      const text = candidate.textContent ?? '';
      if (text.length > 60 || !TIME_OF_DAY.test(text)) continue;
      const date = shownDate(candidate);
      if (date !== undefined) return date;
    }
    return undefined;
  },
};

/**
 * Layouts that do not mark their messages: each body's container is its closest ancestor that also shows a
 * sender. Collapsed messages have no body and are left out, which is all a reader needs.
 */
const containersOfBodies: Probe<Element, Element[]> = {
  via: 'closest sender around each body',
  read: (pane) => {
    const containers: Element[] = [];
    for (const body of pane.querySelectorAll(BODY)) {
      if (body.parentElement?.closest(BODY)) continue;
      let container: Element = body;
      while (container !== pane && container.parentElement) {
        container = container.parentElement;
        if (SENDER_SELECTORS.some((selector) => inHeader(container, selector))) break;
      }
      if (!containers.includes(container)) containers.push(container);
    }
    return containers.length > 0 ? containers : undefined;
  },
};

export const outlook: OutlookFields = {
  readingPane: [
    element('[data-app-section="MailReadCompose"]'),
    element('#ReadingPaneContainerId'),
    element('[role="main"]'),
  ],
  subject: [
    element('[role="heading"][id$="_SUBJECT"]'),
    element('[id$="_SUBJECT"]'),
    element('[role="heading"]'),
  ],
  conversationId: [attribute('[data-convid][aria-selected="true"]', 'data-convid')],
  messages: [elements('[role="listitem"][aria-expanded]'), containersOfBodies],
  expanded: [
    {
      via: '[aria-expanded]',
      read: (message) => {
        const state = message.closest('[aria-expanded]')?.getAttribute('aria-expanded');
        return state === 'true' || state === 'false' ? state === 'true' : undefined;
      },
    },
  ],
  fromName: SENDER_SELECTORS.map((selector) => sender(selector, 'name')),
  fromEmail: SENDER_SELECTORS.map((selector) => sender(selector, 'email')),
  date: [dateIn('[data-testid="SentReceivedSavedTime"]'), dateIn('[id$="_DATETIME"]'), visibleDate],
  body: BODY_SELECTORS.map((selector) => element(selector)),
};

/** Quoted blocks inside a body, removed before a message is judged. */
export const quotedBlocks = ['blockquote', '[class*="gmail_quote"]', '.yahoo_quoted'].join();

/**
 * Where Outlook starts the history of a reply or forward (`#appendonsend`, then the `#divRplyFwdMsg` header);
 * everything from there on is history. Outlook prefixes the ids inside a mail with `x_`.
 */
export const historyStart = '[id$="appendonsend"], [id$="divRplyFwdMsg"]';

/** Outlook's mail view (`/mail/…`); the same hosts also serve the calendar, people and other apps. */
export const isOutlookMailPage = (url: URL) => /^\/mail(?:\/|$)/.test(url.pathname);
