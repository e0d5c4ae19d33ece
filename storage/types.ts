import type { SiteId } from '@/sites/registry';

/**
 * Where a rejection was seen: a site Comeback reads, `manual` for one the user logged by hand, `selection`
 * for text the user selected on any page and logged through the context menu, or `mbox` for one found in a
 * mailbox export the user chose in the options page.
 */
export type Source = SiteId | 'manual' | 'selection' | 'mbox';

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
  /** The sender's name as shown; what "Not a rejection" learns where messages have no address (LinkedIn). */
  fromName?: string;
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
  /** "Take a day": a moment to be disappointed, then one gentle nudge. */
  pause?: Pause;
  feedback?: FeedbackLog;
  reflection?: Reflection;
}

export interface Pause {
  /** When the nudge is due (ms since epoch). */
  until: number;
  /** Set once the nudge was shown: never more than one per rejection. */
  nudgedAt?: number;
}

/** The feedback request's story: asked, perhaps followed up once, perhaps answered. */
export interface FeedbackLog {
  askedAt?: number;
  /** The template used, for the record. */
  templateId?: string;
  /** The single follow-up reminder, when one was asked for: when it is due, and when it was shown. */
  followUpDueAt?: number;
  followUpShownAt?: number;
  repliedAt?: number;
  /** What the reply said, in the user's own words or pasted. */
  reply?: string;
}

/** An honest look back, in the user's words. Ratings are 1 (not at all) to 5 (fully). */
export interface Reflection {
  prepared?: number;
  answersFit?: number;
  energy?: number;
  /** Skills the user felt were missing; they roll up into the "skills to learn" list. */
  missingSkills: string[];
  notes?: string;
  updatedAt: number;
}

export interface Win {
  id: number;
  text: string;
  createdAt: number;
  updatedAt?: number;
  /** When it was last shown as a reminder; 0 for never. Least recently shown comes next. */
  lastShownAt: number;
  /** Starred wins come round more often. Indexed, hence a number. */
  starred: 0 | 1;
  tags: string[];
  /** The reminder turn it is due again (see `nextWin`); absent until first shown. */
  dueTurn?: number;
}

/** An application sent: "I applied again" after a rejection, or any application the user logs. */
export interface Application {
  id: number;
  company: string;
  role?: string;
  appliedAt: number;
  /** The rejection it bounced back from, when logged from a plan. */
  afterRejectionId?: number;
  note?: string;
  /** "The yes": set when this application became an offer. */
  offerAt?: number;
}

/** What a message template is for. Built-in templates can be edited; the user can reset them. */
export type TemplateKind =
  | 'feedbackShort'
  | 'feedbackWarm'
  | 'feedbackAfterInterview'
  | 'feedbackFinalRound'
  | 'reachOut'
  | 'mentor';

/** The user's own version of a template; built-in wording comes from `_locales` until edited. */
export interface MessageTemplate {
  id: TemplateKind;
  subject: string;
  body: string;
  updatedAt: number;
}

/** A skill on the "skills to learn" list, keyed by its folded name; marked once learned. */
export interface Skill {
  key: string;
  name: string;
  addedAt: number;
  learnedAt?: number;
}

/** A message the user said is not a rejection: never logged again. */
export interface Dismissal {
  key: string;
  dismissedAt: number;
}

/**
 * Something learned from a "Not a rejection": a sender, or a deciding phrase, that is not flagged again.
 * `key` is `sender:<address>`, `sender:<address>#<company>` for a shared ATS or job-board address,
 * `sender:<site>:<name>` for a site whose messages have no address (LinkedIn), or `phrase:<normalised sentence>`.
 */
export interface Correction {
  key: string;
  correctedAt: number;
}
