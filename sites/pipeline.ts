import type { NoticeWords } from '@/components/notice/words';
import type { MailInput, Verdict } from '@/detector/types';
import type { RejectionReport, ReportOutcome } from '@/messaging/protocol';
import { isStorageFullAnswer } from '@/messaging/storage-full';
import type { Source } from '@/storage/types';
import { messageOpening } from './opening';

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

/**
 * Judgements of the messages read at once, in their order, whatever runs them: the detector's worker
 * (`./worker-judge.ts`) or the detector beside the content script (`./in-page-judge.ts`).
 */
export type Judge = (mails: readonly MailInput[]) => Promise<Verdict[]>;

/** A rejection just stored, as a site's pipeline hands it to the in-page notice. */
export interface NewRejection {
  id: number;
  key: string;
  company?: string;
  /** The notice's words, when the background sent them with its answer to the report. */
  words?: NoticeWords;
}

export interface PipelineDeps {
  source: Source;
  /** The judge; asked for each time messages arrive, so the detector is loaded only once one is opened. */
  loadJudge(): Promise<Judge>;
  /** The detector could not be loaded: the messages handed over this time wait for the next load. */
  onDetectorMissing(error: unknown): void;
  /** Hands the rejection to the background, which stores it once. */
  report(report: RejectionReport): Promise<ReportOutcome>;
  /** Called for a rejection stored for the first time: the in-page notice. */
  onNewRejection(rejection: NewRejection): void;
  /** The background could not store a rejection because the browser's storage is full. */
  onStorageFull(company: string | undefined): void;
  now?(): number;
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
 * Site-independent part of every content script: judge each opened message in the page where it is read (mail text
 * never leaves the page), report rejections, and offer the notice for new ones. One message's failure never stops
 * the rest.
 */
export function createPipeline(deps: PipelineDeps): (messages: readonly OpenMessage[]) => Promise<void> {
  const now = deps.now ?? Date.now;
  let waiting: OpenMessage[] = [];
  return async (messages) => {
    if (messages.length === 0) return;
    const batch = [...waiting, ...messages];
    waiting = [];
    let verdicts: Verdict[];
    try {
      const judge = await deps.loadJudge();
      verdicts = await judge(batch.map(mailOf));
    } catch (error) {
      // Kept to be judged with the next messages opened, which ask for the detector again.
      waiting = [...batch, ...waiting].slice(-MOST_WAITING);
      deps.onDetectorMissing(error);
      return;
    }
    for (const [index, message] of batch.entries()) {
      const verdict = verdicts[index];
      if (!verdict?.rejection) continue;
      try {
        const report = toReport(deps.source, message, verdict, now());
        const outcome = await deps.report(report).catch((error: unknown) => {
          if (!isStorageFullAnswer(error)) throw error;
          deps.onStorageFull(report.company);
          return undefined;
        });
        if (outcome?.status === 'added')
          deps.onNewRejection({
            id: outcome.id,
            key: report.key,
            company: report.company,
            words: outcome.words,
          });
      } catch (error) {
        console.debug('Comeback could not check a message', error);
      }
    }
  };
}
