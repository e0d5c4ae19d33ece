import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * A rejection the user is about to log from text they selected on a page, prefilled from what the detector read.
 * Only what the form shows is kept, never the selection itself, and only until the user confirms or cancels.
 */
export interface SelectionDraft {
  company?: string;
  role?: string;
  /** Who signed it, when the selection names them: the feedback request greets them. */
  recruiter?: string;
  /** The page it was selected on, so the user can go back to it. */
  url?: string;
  /** The deciding sentence, or the start of the selection when none decided. */
  note?: string;
  /** Whether the detector read it as a rejection; the user may log it either way. */
  looksLikeRejection: boolean;
  createdAt: number;
}

/** Session storage is cleared with the browser, as a draft should be; where it is missing, local storage. */
const area = browser.storage?.session ? 'session' : 'local';

export const selectionDraft = storage.defineItem<SelectionDraft | null>(`${area}:selectionDraft`, {
  fallback: null,
});
