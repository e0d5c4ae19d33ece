import { showNotice } from '@/components/notice/notice';
import { send } from '@/messaging/send';

/** A rejection just stored, as the in-page notice needs it. */
export interface NewRejection {
  id: number;
  key: string;
  company?: string;
}

/** Offers the plan for a rejection just stored, from any site: "Open my plan" or "Not a rejection". */
export function offerNotice(doc: Document, { id, key, company }: NewRejection): void {
  showNotice({
    doc,
    company,
    onOpenPlan: () => void send('openPlan', { id }).catch(() => undefined),
    onNotRejection: () => void send('dismissRejection', { key }).catch(() => undefined),
  });
}

/** Says a rejection was noticed but the browser's storage is full, so nothing was saved. */
export function offerStorageFullNotice(doc: Document, company: string | undefined): void {
  showNotice({
    doc,
    company,
    storageFull: true,
    onOpenPlan: () => undefined,
    onNotRejection: () => undefined,
  });
}

/** Says once how many earlier decisions a first visit to a status page added to the journey, quietly. */
export function offerHistoryNotice(doc: Document, earlier: number): void {
  showNotice({ doc, earlier, onOpenPlan: () => undefined, onNotRejection: () => undefined });
}
