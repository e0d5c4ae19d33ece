import type { NoticeAbout, NoticeWords } from '@/components/notice/words';
import type { AdapterHealth } from '@/sites/health';
import type { SiteId } from '@/sites/registry';
import type { ApplicationChanges, NewApplication } from '@/storage/applications';
import type { Mentor } from '@/storage/mentor';
import type { PauseLength, StepTemplate } from '@/storage/preferences';
import type { PersonalSettings } from '@/storage/preferences-personal';
import type { ReflectionInput } from '@/storage/reflection';
import type { ImportOutcome } from '@/storage/restore';
import type { Rejection, TemplateKind, Win } from '@/storage/types';
import type { WinChanges } from '@/storage/wins';

/** A rejection as a content script reports it: everything but what the background assigns. */
export type RejectionReport = Omit<Rejection, 'id' | 'loggedAt' | 'viewed' | 'checklist'>;

/** A rejection the user logs by hand: typed in (`manual`, the default) or confirmed from selected text. */
export interface ManualRejection {
  company: string;
  role?: string;
  note?: string;
  /** Who signed a selected rejection. */
  recruiter?: string;
  /** The page the text was selected on. */
  url?: string;
  source?: 'manual' | 'selection';
}

export type ReportOutcome =
  /**
   * Stored for the first time. Answering a page, the background adds the words of the page's notice: the page shows it
   * without asking again.
   */
  | { status: 'added'; id: number; words?: NoticeWords }
  | { status: 'known'; id: number }
  | { status: 'dismissed' };

/**
 * Every message between content scripts, pages and the background, with its payload and answer.
 * The background owns the database: pages read it live, but every write goes through here.
 */
export interface ProtocolMap {
  reportRejection: { payload: RejectionReport; answer: ReportOutcome };
  /** Logging one confirmed from selected text also clears the draft it came from. */
  logManualRejection: { payload: ManualRejection; answer: { id: number } };
  /** The user cancelled the draft made from selected text. */
  discardDraft: { payload: null; answer: null };
  /**
   * "Not a rejection": removes the record, remembers the message so it is not logged again, and learns its sender
   * and deciding phrase so they are not flagged again either.
   */
  dismissRejection: { payload: { key: string }; answer: null };
  markViewed: { payload: { id: number }; answer: null };
  setStepDone: { payload: { id: number; stepId: string; done: boolean }; answer: null };
  addWin: { payload: { text: string }; answer: { id: number } };
  markWinShown: { payload: { id: number }; answer: null };
  /** The words of an in-page notice, in the extension's language. */
  noticeWords: { payload: NoticeAbout; answer: NoticeWords };
  /** "Open my plan" from the in-page notice. */
  openPlan: { payload: { id: number }; answer: null };
  /**
   * A mail content script is about to judge its first message: the background adds the detector file to the
   * asking frame (`sender`'s tab and frame). Only this request crosses; the mail stays in the page.
   */
  loadDetector: { payload: null; answer: null };
  /**
   * A mail content script is about to judge its first message: the background answers the detector's code, which
   * the script starts as a worker of its own page. Only the code crosses; the mail stays in the page.
   */
  detectorWorkerSource: { payload: null; answer: { source: string } };
  /** Whether any rejection from this site is stored: none means its status page is seen for the first time. */
  knowsSite: { payload: { site: SiteId }; answer: { known: boolean } };
  /**
   * Decisions already on a status page the first time it is seen: stored for the journey and the export, but
   * as seen, so they light no badge. Answers how many were new.
   */
  addStatusHistory: { payload: { reports: RejectionReport[] }; answer: { added: number } };
  /** New counts from a site adapter since its last report. */
  reportHealth: { payload: { site: SiteId } & AdapterHealth; answer: null };
  /** A site switched on or off in the options page; its content scripts follow at once. */
  setSiteOn: { payload: { site: SiteId; on: boolean }; answer: null };

  // Every no on the way to yes: the journey page.
  /** "I got an offer" on an application of the timeline (on the day `at`, today when absent), or taken back. */
  setOffer: { payload: { id: number; offer: boolean; at?: number }; answer: null };
  /** An application corrected in the journey: its company, role and the day it was sent. */
  updateApplication: { payload: { id: number } & ApplicationChanges; answer: null };
  deleteApplication: { payload: { id: number }; answer: null };

  // Your data, yours: export, import, delete, backfill.
  /** A backup file's text, checked whole before anything changes; duplicates are merged. */
  importData: { payload: { text: string }; answer: ImportOutcome };
  /** Every table, the preferences and the site switches, gone. */
  deleteEverything: { payload: null; answer: null };
  /** A batch of rejections found in a mailbox export, each stored once. */
  addBackfill: { payload: { reports: RejectionReport[] }; answer: { added: number } };
  /** Forgets a sender or wording learned from "Not a rejection" (its correction key): flagged again from now on. */
  forgetCorrection: { payload: { key: string }; answer: null };

  // Time to feel it, feedback that gets answers, honest reflection.
  /** "Take a day": sets the rejection aside, with one gentle nudge when the time is up. */
  takePause: { payload: { id: number; length: PauseLength }; answer: { until: number } };
  endPause: { payload: { id: number }; answer: null };
  /** The length "Take a day" offers first, chosen in the onboarding page. */
  setPauseDefault: { payload: { length: PauseLength }; answer: null };
  /** Copying or sending the feedback request, or "I asked"; plans the single follow-up reminder. */
  markFeedbackAsked: { payload: { id: number; templateId?: TemplateKind }; answer: null };
  recordFeedbackReply: { payload: { id: number; repliedAt: number; reply: string }; answer: null };
  cancelFollowUp: { payload: { id: number }; answer: null };
  /** Any message template: the user's own wording, or back to the built-in one. */
  saveTemplate: { payload: { kind: TemplateKind; subject: string; body: string }; answer: null };
  resetTemplate: { payload: { kind: TemplateKind }; answer: null };
  /** Also rolls the missing skills up into the "skills to learn" list. */
  saveReflection: { payload: { id: number; reflection: ReflectionInput }; answer: null };
  setSkillLearned: { payload: { key: string; learned: boolean }; answer: null };

  // Confidence back and momentum: the wins manager, a mentor, the default checklist, "I applied again".
  /** A pasted list, in order; blanks and wins already saved are skipped. */
  addWins: { payload: { texts: string[] }; answer: { ids: number[] } };
  updateWin: { payload: { id: number } & WinChanges; answer: null };
  /** Answers the win as it was, so the user can undo. */
  deleteWin: { payload: { id: number }; answer: { win: Win | null } };
  restoreWin: { payload: { win: Win }; answer: null };
  /** `null`, or a blank name, forgets the mentor. */
  setMentor: { payload: { mentor: Mentor | null }; answer: null };
  /** The checklist each new rejection starts with; rejections logged before keep theirs. */
  setChecklistSteps: { payload: { steps: StepTemplate[] }; answer: null };
  /** The user's name for signing templates, quiet hours, and the follow-up reminder's wait (0 days: none). */
  setPersonalSettings: { payload: PersonalSettings; answer: null };
  logApplication: { payload: NewApplication; answer: { id: number } };
}

export type MessageType = keyof ProtocolMap;
export type Payload<T extends MessageType> = ProtocolMap[T]['payload'];
export type Answer<T extends MessageType> = ProtocolMap[T]['answer'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
