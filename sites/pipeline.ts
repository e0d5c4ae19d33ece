import type { MailInput, Verdict } from '@/detector/types';
import type { RejectionReport, ReportOutcome } from '@/messaging/protocol';
import { isStorageFullAnswer } from '@/messaging/storage-full';
import type { Source } from '@/storage/types';
import type { Detector } from './detector-loader';
import { messageOpening } from './opening';
import { breather } from './slices';

/**
 * One opened message as any site adapter reads it: a stable id (e.g. Gmail's `msg-f:<decimal>`), its own text
 * without quoted history, and where it was seen.
 */
export interface OpenMessage {
  messageId: string;
  threadId?: string;
  subject: string;
  fromName?: string;
  fromEmail?: string;
  /** When it was received, ms since epoch. */
  date?: number;
  text: string;
  url?: string;
}

export interface PipelineDeps {
  source: Source;
  /** The detector; asked for each time messages arrive, so it can be loaded only once one is opened. */
  loadDetector(): Promise<Detector>;
  /** The detector could not be loaded: the messages handed over this time wait for the next load. */
  onDetectorMissing(error: unknown): void;
  /** Hands the rejection to the background, which stores it once. */
  report(report: RejectionReport): Promise<ReportOutcome>;
  /** Called for a rejection stored for the first time: the in-page notice. */
  onNewRejection(rejection: { id: number; key: string; company?: string }): void;
  /** The background could not store a rejection because the browser's storage is full. */
  onStorageFull(company: string | undefined): void;
  now?(): number;
  /** Milliseconds for slicing work, and how to give the page its main thread back (see `./slices.ts`). */
  clock?(): number;
  pause?(): Promise<void>;
}

function senderLine(message: OpenMessage): string {
  if (message.fromName && message.fromEmail) return `${message.fromName} <${message.fromEmail}>`;
  return message.fromEmail ?? message.fromName ?? '';
}

function mailOf(message: OpenMessage): MailInput {
  return { from: senderLine(message), subject: message.subject, text: message.text };
}

/**
 * What is kept of a rejection: metadata, the deciding sentences and the message's opening, never the whole body.
 * The opening, not a deciding sentence again, so the plan shows how the message began.
 */
export function toReport(
  source: Source,
  message: OpenMessage,
  verdict: Verdict,
  now: number,
): RejectionReport {
  return {
    key: `${source}:${message.messageId}`,
    source,
    messageId: message.messageId,
    threadId: message.threadId,
    company: verdict.company,
    role: verdict.role,
    recruiterName: verdict.recruiter,
    recruiterEmail: verdict.replyTo,
    fromEmail: message.fromEmail,
    fromName: message.fromName,
    subject: message.subject,
    // A body with no words of its own (the subject said it all) is recognised by what decided it.
    excerpt: messageOpening(message.text) || (verdict.reasons[0] ?? ''),
    score: verdict.score,
    reasons: verdict.reasons,
    url: message.url,
    receivedAt: message.date ?? now,
  };
}

/**
 * Messages opened while the detector could not be loaded, kept to be judged once it loads (the next message
 * opened asks again): the latest few, as a page open for hours must not hoard mail text.
 */
const MOST_WAITING = 20;

/**
 * Site-independent part of every content script: judge each opened message where it is read (mail text never
 * leaves the page), report rejections, and offer the notice for new ones. One message's failure never stops the rest.
 * The detector's first judgement is prepared in slices, and a batch is judged in slices, so no task of ours runs long.
 */
export function createPipeline(deps: PipelineDeps): (messages: readonly OpenMessage[]) => Promise<void> {
  const now = deps.now ?? Date.now;
  let waiting: OpenMessage[] = [];
  return async (messages) => {
    if (messages.length === 0) return;
    let detector: Detector;
    try {
      detector = await deps.loadDetector();
    } catch (error) {
      waiting = [...waiting, ...messages].slice(-MOST_WAITING);
      deps.onDetectorMissing(error);
      return;
    }
    const batch = [...waiting, ...messages];
    waiting = [];
    const breathe = breather(deps.clock, deps.pause);
    try {
      for (const step of detector.warmUp(mailOf(batch[0] as OpenMessage))) {
        step();
        await breathe();
      }
    } catch (error) {
      // Preparing is only for speed: judging builds whatever it lacks.
      console.debug('Comeback could not prepare its detector', error);
    }
    for (const message of batch) {
      try {
        const steps = detector.judge(mailOf(message));
        let step = steps.next();
        while (!step.done) {
          await breathe();
          step = steps.next();
        }
        const verdict = step.value;
        if (!verdict.rejection) continue;
        const report = toReport(deps.source, message, verdict, now());
        const outcome = await deps.report(report).catch((error: unknown) => {
          if (!isStorageFullAnswer(error)) throw error;
          deps.onStorageFull(report.company);
          return undefined;
        });
        if (outcome?.status === 'added')
          deps.onNewRejection({ id: outcome.id, key: report.key, company: report.company });
      } catch (error) {
        console.debug('Comeback could not check a message', error);
      }
    }
  };
}
