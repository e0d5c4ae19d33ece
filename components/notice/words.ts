import { t as translate } from '@/components/i18n';

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

type Translate = (key: NoticeKey, substitutions?: string[]) => string;

/** What a notice is about. */
export interface NoticeAbout {
  /** The company that wrote, as the detector read it from the mail. */
  company?: string;
  /** The browser refused to store it for want of space: say so, and offer nothing that needs it stored. */
  storageFull?: boolean;
  /** How many earlier decisions were stored quietly on a first visit: say so once, with nothing to act on. */
  earlier?: number;
}

/** Every word a notice shows, in the extension's language (`lang`). */
export interface NoticeWords {
  lang: string;
  title: string;
  body: string;
  openPlan: string;
  notRejection: string;
  close: string;
  removed: string;
}

function titleText(t: Translate, { company, earlier }: NoticeAbout): string {
  if (earlier !== undefined) return t('noticeHistoryTitle');
  return company ? t('noticeTitle', [company]) : t('noticeTitleNoCompany');
}

function bodyText(t: Translate, { storageFull = false, earlier }: NoticeAbout): string {
  if (earlier === undefined) return t(storageFull ? 'noticeStorageFull' : 'noticeBody');
  const form = new Intl.PluralRules(t('locale') || undefined).select(earlier) === 'one' ? 'one' : 'other';
  return t(`noticeHistory_${form}`, [String(earlier)]);
}

/**
 * The words of a notice about `about`. Worded by the background, where the extension's messages are at hand: a
 * content script's first `i18n` call loads them synchronously, 3–7 ms of the page's main thread.
 */
export function noticeWords(about: NoticeAbout, t: Translate = translate): NoticeWords {
  return {
    lang: t('locale'),
    title: titleText(t, about),
    body: bodyText(t, about),
    openPlan: t('noticeOpenPlan'),
    notRejection: t('noticeNotRejection'),
    close: t('noticeClose'),
    removed: t('noticeRemoved'),
  };
}
