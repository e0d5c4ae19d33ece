import { detect } from '@/detector';
import type { SelectionDraft } from '@/storage/draft';
import { clipExcerpt } from '@/storage/rejections';

/** The longest note prefilled from a selection: a sentence or two, for the user to keep or edit. */
export const DRAFT_NOTE_MAX_LENGTH = 200;

/**
 * Reads text the user selected on a page as the detector reads a message, and prefills a rejection from it:
 * company, role, and the deciding sentence as a note (the start of the selection when nothing decided).
 * The page's title is not a sender, so the detector is told nothing about who wrote it.
 */
export function draftFromSelection(selection: string, now: number): SelectionDraft {
  const verdict = detect({ from: '', subject: '', text: selection });
  const deciding = verdict.rejection ? verdict.reasons[0] : undefined;
  return {
    company: verdict.company,
    role: verdict.role,
    note: clipExcerpt(deciding ?? selection, DRAFT_NOTE_MAX_LENGTH) || undefined,
    looksLikeRejection: verdict.rejection,
    createdAt: now,
  };
}
