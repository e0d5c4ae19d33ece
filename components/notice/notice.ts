import { t as translate } from '@/components/i18n';
import { NOTICE_STYLES } from './styles';

export type NoticeKey =
  | 'locale'
  | 'noticeTitle'
  | 'noticeTitleNoCompany'
  | 'noticeBody'
  | 'noticeOpenPlan'
  | 'noticeNotRejection'
  | 'noticeClose'
  | 'noticeRemoved'
  | 'noticeStorageFull'
  | 'noticeHistoryTitle'
  | 'noticeHistory_one'
  | 'noticeHistory_other';

export interface NoticeOptions {
  /** The page to show the notice on; only a host element is added to its body. */
  doc: Document;
  /** The company that wrote, as the detector read it from the mail. */
  company?: string;
  onOpenPlan: () => void;
  /** The user says it is not a rejection; the notice thanks them and closes itself. */
  onNotRejection: () => void;
  /** The browser refused to store it for want of space: say so, and offer nothing that needs it stored. */
  storageFull?: boolean;
  /** How many earlier decisions were stored quietly on a first visit: say so once, with nothing to act on. */
  earlier?: number;
  t?: (key: NoticeKey, substitutions?: string[]) => string;
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

type Translate = NonNullable<NoticeOptions['t']>;

function titleText(t: Translate, company: string | undefined, earlier: number | undefined): string {
  if (earlier !== undefined) return t('noticeHistoryTitle');
  return company ? t('noticeTitle', [company]) : t('noticeTitleNoCompany');
}

function bodyText(t: Translate, storageFull: boolean, earlier: number | undefined): string {
  if (earlier === undefined) return t(storageFull ? 'noticeStorageFull' : 'noticeBody');
  const form = new Intl.PluralRules(t('locale') || undefined).select(earlier) === 'one' ? 'one' : 'other';
  return t(`noticeHistory_${form}`, [String(earlier)]);
}

/**
 * A small, kind notice in the page's bottom-right corner after a rejection was saved. It lives in a shadow
 * root on its own host element and is built from text nodes only: the company name comes from the mail.
 * One notice at a time; a new one replaces the old.
 */
export function showNotice(options: NoticeOptions): Notice {
  const { doc, company, onOpenPlan, onNotRejection, storageFull = false, earlier, t = translate } = options;
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
  panel.lang = t('locale');
  panel.setAttribute('role', 'status');
  panel.setAttribute('aria-live', 'polite');
  const title = make(doc, 'p', 'title', titleText(t, company, earlier));
  const body = make(doc, 'p', 'body', bodyText(t, storageFull, earlier));
  const openPlan = make(doc, 'button', 'primary', t('noticeOpenPlan'));
  const notRejection = make(doc, 'button', 'secondary', t('noticeNotRejection'));
  const closeButton = make(doc, 'button', 'close', '×');
  closeButton.setAttribute('aria-label', t('noticeClose'));
  closeButton.title = t('noticeClose');
  for (const button of [openPlan, notRejection, closeButton]) button.type = 'button';
  const actions = make(doc, 'div', 'actions');
  actions.append(openPlan, notRejection);
  panel.append(title, body, ...(storageFull || earlier !== undefined ? [] : [actions]), closeButton);
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
    panel.replaceChildren(make(doc, 'p', 'thanks', t('noticeRemoved')), closeButton);
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
