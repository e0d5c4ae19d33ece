import type { AdapterHealth } from '@/sites/health';
import type { SiteId } from '@/sites/registry';
import type { Rejection } from '@/storage/types';

/** A rejection as a content script reports it: everything but what the background assigns. */
export type RejectionReport = Omit<Rejection, 'id' | 'loggedAt' | 'viewed' | 'checklist'>;

/** A rejection the user logs by hand. */
export interface ManualRejection {
  company: string;
  role?: string;
  note?: string;
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
  logManualRejection: { payload: ManualRejection; answer: { id: number } };
  /** "Not a rejection": removes the record and remembers the message so it is not logged again. */
  dismissRejection: { payload: { key: string }; answer: null };
  markViewed: { payload: { id: number }; answer: null };
  setStepDone: { payload: { id: number; stepId: string; done: boolean }; answer: null };
  addWin: { payload: { text: string }; answer: { id: number } };
  markWinShown: { payload: { id: number }; answer: null };
  /** "Open my plan" from the in-page notice. */
  openPlan: { payload: { id: number }; answer: null };
  /** New counts from a site adapter since its last report. */
  reportHealth: { payload: { site: SiteId } & AdapterHealth; answer: null };
}

export type MessageType = keyof ProtocolMap;
export type Payload<T extends MessageType> = ProtocolMap[T]['payload'];
export type Answer<T extends MessageType> = ProtocolMap[T]['answer'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
