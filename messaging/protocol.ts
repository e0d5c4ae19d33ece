import type { AdapterHealth } from '@/sites/health';
import type { SiteId } from '@/sites/registry';
import type { Rejection } from '@/storage/types';

/** A rejection as a content script reports it: everything but what the background assigns. */
export type RejectionReport = Omit<Rejection, 'id' | 'loggedAt' | 'viewed' | 'checklist'>;

/** A rejection the user logs by hand: typed in (`manual`, the default) or confirmed from selected text. */
export interface ManualRejection {
  company: string;
  role?: string;
  note?: string;
  source?: 'manual' | 'selection';
}

export type ReportOutcome =
  | { status: 'added'; id: number }
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
  /** "Open my plan" from the in-page notice. */
  openPlan: { payload: { id: number }; answer: null };
  /** New counts from a site adapter since its last report. */
  reportHealth: { payload: { site: SiteId } & AdapterHealth; answer: null };
  /** A site switched on or off in the options page; its content scripts follow at once. */
  setSiteOn: { payload: { site: SiteId; on: boolean }; answer: null };
}

export type MessageType = keyof ProtocolMap;
export type Payload<T extends MessageType> = ProtocolMap[T]['payload'];
export type Answer<T extends MessageType> = ProtocolMap[T]['answer'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
