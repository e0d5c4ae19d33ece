import { NOTICE_STYLES } from './styles';
import type { NoticeAbout, NoticeWords } from './words';

export interface NoticeOptions {
  /** The page to show the notice on; only a host element is added to its body. */
  doc: Document;
  about: NoticeAbout;
  words: NoticeWords;
  onOpenPlan: () => void;
  /** The user says it is not a rejection; the notice thanks them and closes itself. */
  onNotRejection: () => void;
}

export interface Notice {
  close(): void;
  host: HTMLElement;
}

/** Marks the host element, so the notice can be found (and an earlier one replaced). */
export const NOTICE_ATTRIBUTE = 'data-comeback-notice';
/** How long the thanks after "Not a rejection" stays before the notice closes. */
export const THANKS_MS = 4000;

const showing = new WeakMap<Document, Notice>();

function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A small, kind notice in the page's bottom-right corner after a rejection was saved. It lives in a shadow
 * root on its own host element and is built from text nodes only: the company name comes from the mail.
 * One notice at a time; a new one replaces the old.
 */
export function showNotice(options: NoticeOptions): Notice {
  const { doc, about, words, onOpenPlan, onNotRejection } = options;
  showing.get(doc)?.close();
  // A notice left by an earlier copy of the content script (the extension was updated or reloaded).
  for (const stale of doc.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`)) stale.remove();

  const timers: Pick<Window, 'setTimeout' | 'clearTimeout'> = doc.defaultView ?? window;
  const host = doc.createElement('div');
  host.id = 'comeback-notice';
  host.setAttribute(NOTICE_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });

  const panel = make(doc, 'section', 'notice');
  // The extension's language, not the page's: a German notice in an English Gmail is read with a German voice.
  panel.lang = words.lang;
  panel.setAttribute('role', 'status');
  panel.setAttribute('aria-live', 'polite');
  const title = make(doc, 'p', 'title', words.title);
  const body = make(doc, 'p', 'body', words.body);
  const openPlan = make(doc, 'button', 'primary', words.openPlan);
  const notRejection = make(doc, 'button', 'secondary', words.notRejection);
  const closeButton = make(doc, 'button', 'close', '×');
  closeButton.setAttribute('aria-label', words.close);
  closeButton.title = words.close;
  for (const button of [openPlan, notRejection, closeButton]) button.type = 'button';
  const actions = make(doc, 'div', 'actions');
  actions.append(openPlan, notRejection);
  const nothingToAct = about.storageFull || about.earlier !== undefined;
  panel.append(title, body, ...(nothingToAct ? [] : [actions]), closeButton);
  const style = doc.createElement('style');
  style.textContent = NOTICE_STYLES;
  shadow.append(style, panel);

  let thanksTimer: number | undefined;
  // Where focus was before it came into the notice, to hand it back when the notice goes.
  let focusBefore: HTMLElement | null = null;
  const onFocusIn = (event: FocusEvent) => {
    // A move between the notice's own buttons (seen from the host, it comes from the host) is not one into it.
    const from = event.relatedTarget as HTMLElement | null;
    if (from && from !== host && from.getRootNode() !== shadow) focusBefore = from;
  };
  // Escape belongs to the page (Gmail closes its compose or search with it) unless focus is in the notice.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.composedPath().includes(host)) notice.close();
  };
  const notice: Notice = {
    host,
    close() {
      const hadFocus = shadow.activeElement !== null;
      host.remove();
      if (hadFocus) focusBefore?.focus();
      doc.removeEventListener('keydown', onKey, true);
      if (thanksTimer !== undefined) timers.clearTimeout(thanksTimer);
      if (showing.get(doc) === notice) showing.delete(doc);
    },
  };

  openPlan.addEventListener('click', () => {
    notice.close();
    onOpenPlan();
  });
  notRejection.addEventListener('click', () => {
    const hadFocus = shadow.activeElement !== null;
    panel.replaceChildren(make(doc, 'p', 'thanks', words.removed), closeButton);
    // The button that had focus is gone: keep keyboard users inside the notice.
    if (hadFocus) closeButton.focus();
    thanksTimer = timers.setTimeout(() => notice.close(), THANKS_MS);
    onNotRejection();
  });
  closeButton.addEventListener('click', () => notice.close());
  // Capture: the page's own key handlers may stop the event before it bubbles up.
  doc.addEventListener('keydown', onKey, true);
  host.addEventListener('focusin', onFocusIn);

  doc.body.append(host);
  showing.set(doc, notice);
  return notice;
}
