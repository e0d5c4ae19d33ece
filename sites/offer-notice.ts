import { type NoticeOptions, showNotice } from '@/components/notice/notice';
import type { NoticeAbout, NoticeWords } from '@/components/notice/words';
import { send } from '@/messaging/send';
import type { NewRejection } from './pipeline';

type NoticeActions = Pick<NoticeOptions, 'onOpenPlan' | 'onNotRejection'>;

const NOTHING_TO_DO: NoticeActions = { onOpenPlan: () => undefined, onNotRejection: () => undefined };

/**
 * Shows a notice worded by the background, with the words it sent already or asked for now; a background that cannot
 * answer (an extension reloaded) means none.
 */
function offer(doc: Document, about: NoticeAbout, actions: NoticeActions, sentWords?: NoticeWords): void {
  (sentWords ? Promise.resolve(sentWords) : send('noticeWords', about))
    .then((worded) => showNotice({ doc, about, words: worded, ...actions }))
    .catch((error: unknown) => console.debug('Comeback could not show its notice', error));
}

/** Offers the plan for a rejection just stored, from any site: "Open my plan" or "Not a rejection". */
export function offerNotice(doc: Document, { id, key, company, words }: NewRejection): void {
  offer(
    doc,
    { company },
    {
      onOpenPlan: () => void send('openPlan', { id }).catch(() => undefined),
      onNotRejection: () => void send('dismissRejection', { key }).catch(() => undefined),
    },
    words,
  );
}

/** Says a rejection was noticed but the browser's storage is full, so nothing was saved. */
export function offerStorageFullNotice(doc: Document, company: string | undefined): void {
  offer(doc, { company, storageFull: true }, NOTHING_TO_DO);
}

/** Says once how many earlier decisions a first visit to a status page added to the journey, quietly. */
export function offerHistoryNotice(doc: Document, earlier: number): void {
  offer(doc, { earlier }, NOTHING_TO_DO);
}
