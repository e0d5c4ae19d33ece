import type { SiteId } from '@/sites/registry';

/**
 * Where a rejection was seen: a site Comeback reads, `manual` for one the user logged by hand, or `selection`
 * for text the user selected on any page and logged through the context menu.
 */
export type Source = SiteId | 'manual' | 'selection';

export interface ChecklistStep {
  /** A default step's id (its label comes from `_locales`), or a generated id for a step the user wrote. */
  id: string;
  /** The user's own wording; absent for default steps. */
  text?: string;
  done: boolean;
}

export interface Rejection {
  id: number;
  /** `source:messageId`: one record per message, however often it is opened. */
  key: string;
  source: Source;
  messageId?: string;
  threadId?: string;
  company?: string;
  role?: string;
  recruiterName?: string;
  recruiterEmail?: string;
  /** The address the message came from, so "Not a rejection" can learn its sender. */
  fromEmail?: string;
  subject?: string;
  /** A short excerpt (never the whole body). */
  excerpt: string;
  /** The user's own note, for rejections logged by hand. */
  note?: string;
  score: number;
  reasons: string[];
  /** Where it was seen (the thread's address), so the user can go back to it. */
  url?: string;
  /** When the message was received (ms since epoch); the logging time when unknown. */
  receivedAt: number;
  loggedAt: number;
  /** 0 until the user has looked at it in the popup; counted on the toolbar badge. Indexed, hence a number. */
  viewed: 0 | 1;
  checklist: ChecklistStep[];
}

export interface Win {
  id: number;
  text: string;
  createdAt: number;
  /** When it was last shown as a reminder; 0 for never. Least recently shown comes next. */
  lastShownAt: number;
}

/** A message the user said is not a rejection: never logged again. */
export interface Dismissal {
  key: string;
  dismissedAt: number;
}

/**
 * Something learned from a "Not a rejection": a sender, or a deciding phrase, that is not flagged again.
 * `key` is `sender:<address>`, `sender:<address>#<company>` for a shared ATS or job-board address, or
 * `phrase:<normalised sentence>`.
 */
export interface Correction {
  key: string;
  correctedAt: number;
}
