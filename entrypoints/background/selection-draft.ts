import { detect } from '@/detector';
import type { SelectionDraft } from '@/storage/draft';
import { clipExcerpt } from '@/storage/excerpt';

/** The longest note prefilled from a selection: a sentence or two, for the user to keep or edit. */
export const DRAFT_NOTE_MAX_LENGTH = 200;

/** What the user selected, and the page they selected it on. */
export interface SelectedText {
  text: string;
  pageUrl?: string;
}

/**
 * Reads text the user selected on a page as the detector reads a message, and prefills a rejection from it:
 * company, role, the recruiter who signed it, and the deciding sentence as a note (the start of the selection when
 * nothing decided). The page's title is not a sender, so the detector is told nothing about who wrote it.
 */
export function draftFromSelection({ text, pageUrl }: SelectedText, now: number): SelectionDraft {
  const verdict = detect({ from: '', subject: '', text });
  const deciding = verdict.rejection ? verdict.reasons[0] : undefined;
  return {
    company: verdict.company,
    role: verdict.role,
    recruiter: verdict.recruiter,
    url: pageUrl,
    note: clipExcerpt(deciding ?? text, DRAFT_NOTE_MAX_LENGTH) || undefined,
    looksLikeRejection: verdict.rejection,
    createdAt: now,
  };
}
