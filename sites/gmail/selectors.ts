import { attribute, element, elements, type Field } from '@/sites/fallbacks';
import { fromLegacyId, idsInJslog, normaliseId, parseGmailDate } from './values';

/**
 * Where Gmail keeps each part of an open thread, best guess first. Data attributes and ARIA roles outlive
 * Gmail's class names, so every field ends with probes that need no class. `selectors.test.ts` runs every
 * probe on the saved pages in `fixtures/`.
 */
export interface GmailFields {
  /** The view Gmail swaps when the user opens a thread or goes back to a list. */
  mainView: Field<Document, Element>;
  subject: Field<Element, Element>;
  threadId: Field<Element, string>;
  /** One container per message of the open thread, expanded or not. */
  messages: Field<Element, Element[]>;
  /** Whether a message container is expanded; only expanded messages have their body in the page. */
  expanded: Field<Element, boolean>;
  messageId: Field<Element, string>;
  fromName: Field<Element, string>;
  fromEmail: Field<Element, string>;
  /** Received time, ms since the epoch. */
  date: Field<Element, number>;
  body: Field<Element, Element>;
}

export type GmailField = keyof GmailFields;

/** Gmail puts a `jslog` naming the message (and its thread) on the body's wrapper, `div.ii.gt`. */
function jslogIds(
  scope: ParentNode,
  id: 'threadId' | 'messageId',
): { holder: Element; id: string } | undefined {
  for (const holder of scope.querySelectorAll('[jslog]')) {
    const found = idsInJslog(holder.getAttribute('jslog') ?? '')[id];
    if (found) return { holder, id: found };
  }
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const asEmail = (raw: string) => (EMAIL.test(raw) ? raw.toLowerCase() : undefined);

/** Expanded `h7`; collapsed `kv`/`ky`; hidden behind "n older messages" `kQ`/`kx`. */
const MESSAGE_STATES = '.h7, .kv, .ky, .kQ, .kx';

export const gmail: GmailFields = {
  mainView: [element('[role="main"]')],
  subject: [element('h2.hP'), element('h2[data-thread-perm-id]')],
  threadId: [
    attribute('h2[data-thread-perm-id]', 'data-thread-perm-id', normaliseId),
    attribute('h2[data-legacy-thread-id]', 'data-legacy-thread-id', (hex) => fromLegacyId('thread', hex)),
    { via: '[jslog] thread', read: (view) => jslogIds(view, 'threadId')?.id },
  ],
  messages: [
    elements('div.adn'),
    elements('[data-message-id]'),
    elements('[data-legacy-message-id]'),
    elements('[role="listitem"][aria-expanded]'),
  ],
  expanded: [
    {
      via: MESSAGE_STATES,
      read: (message) => {
        const state = message.closest(MESSAGE_STATES);
        return state ? state.classList.contains('h7') : undefined;
      },
    },
    {
      via: '[aria-expanded]',
      read: (message) => {
        const state = message.closest('[aria-expanded]')?.getAttribute('aria-expanded');
        return state === 'true' || state === 'false' ? state === 'true' : undefined;
      },
    },
  ],
  messageId: [
    attribute('[data-message-id]', 'data-message-id', normaliseId),
    attribute('[data-legacy-message-id]', 'data-legacy-message-id', (hex) => fromLegacyId('msg', hex)),
    { via: '[jslog] message', read: (message) => jslogIds(message, 'messageId')?.id },
  ],
  fromName: [attribute('span.gD[name]', 'name'), attribute('h3 [email][name]', 'name')],
  fromEmail: [
    attribute('span.gD[email]', 'email', asEmail),
    attribute('h3 [email]', 'email', asEmail),
    attribute('h3 [data-hovercard-id*="@"]', 'data-hovercard-id', asEmail),
  ],
  date: [
    attribute('span.g3[title]', 'title', parseGmailDate),
    // Gmail's date cell is the one span with both a title and an alt.
    attribute('span[title][alt]', 'title', parseGmailDate),
  ],
  body: [
    // `div.a3s.undefined` is an empty placeholder Gmail leaves while a body loads.
    element('div.ii.gt > div.a3s:not(.undefined)'),
    element('div.a3s:not(.undefined)'),
    element('div.ii.gt'),
    { via: '[jslog] message', read: (message) => jslogIds(message, 'messageId')?.holder },
  ],
};

/** Quoted history inside a body (Gmail, Outlook, Yahoo, Apple Mail), removed before a message is judged. */
export const quotedHistory = [
  'blockquote',
  '[class*="gmail_quote"]',
  '.gmail_extra',
  '.yahoo_quoted',
  '#divRplyFwdMsg',
  '#divRplyFwdMsg ~ *',
].join();

/** Gmail's mail pages (`/mail/u/0/…`), where its main view always shows. */
export const isGmailMailPage = (url: URL) => /^\/mail(?:\/|$)/.test(url.pathname);
