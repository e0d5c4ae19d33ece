/**
 * The detector, given its phrase tables and its extraction: `./index.ts` binds it to the six languages' tables, the
 * extraction and narrowing for everyone; a page's detector file gets the tables and the extraction from files of
 * their own (`entrypoints/detector-phrases*.ts`, `entrypoints/detector-extract.ts`), each evaluated in a task of its
 * own.
 */
import { classifying, type Narrowing, toSentence } from './classify';
import { cleanBody } from './clean';
import type { extracting } from './extract';
import { htmlToText } from './html';
import { pickLanguage } from './language';
import { rejectionLikelihood } from './likelihood';
import type { PhraseSet } from './phrases/types';
import { withSecondOpinion } from './second-opinion';
import { parseSender, type Sender } from './sender';
import { splitSentences } from './sentences';
import { allAtOnce } from './steps';
import type { MailInput, Verdict } from './types';

/** Input beyond this is never read: a decision sits near the top, and hostile bodies must stay cheap. */
const MAX_INPUT = 200_000;
/**
 * Characters of the cleaned body that are judged: ten times the longest cleaned body in the labelled mail (quotes,
 * signatures and footers go first), and what every sentence's phrase patterns cost on a hostile body is halved.
 */
const MAX_BODY = 10_000;

/** Mailbox words that are no one's first name, however the display name reads ("Awards <awards@…>"). */
const ROLE_MAILBOX =
  /^(?:team|careers?|jobs?|talent|recruit\w*|hr|people|awards?|admissions?|info|hello|hi|support|office|news\w*|grants?|apply|applications?|contact|admin|service|notifications?|mail)$/;

/**
 * The address is the first name shown, alone or before a surname ("Taylor from Linear <taylor@linear.app>"), its
 * accents left out as addresses do ("Léa" at lea@).
 */
function isPersonalAddress(sender: Sender): boolean {
  const first = /^\p{L}{2,}/u.exec(sender.name)?.[0]?.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (first === undefined || sender.noReply || sender.hiring || ROLE_MAILBOX.test(first)) return false;
  const local = sender.local.toLowerCase();
  return (
    local.startsWith(first) && (local.length === first.length || /^[._-]/.test(local.slice(first.length)))
  );
}

const NOT_A_REJECTION: Verdict = { rejection: false, score: 0, kind: 'other', reasons: [], language: 'en' };

function bodyText(input: MailInput): string {
  const text = typeof input.text === 'string' ? input.text : '';
  if (text.trim()) return text.slice(0, MAX_INPUT);
  return typeof input.html === 'string' ? htmlToText(input.html.slice(0, MAX_INPUT * 5), MAX_INPUT) : '';
}

/** The subject and the cleaned body a verdict reads (and the likelihood model was trained on), and the signature. */
export function readMail(input: MailInput): { subject: string; body: string; signature: string[] } {
  const subject = typeof input.subject === 'string' ? input.subject.slice(0, 500) : '';
  const { body, signature } = cleanBody(bodyText(input));
  return { subject, body: body.slice(0, MAX_BODY), signature };
}

/** Which verdicts company, role and recruiter are read for: every one, or only rejections (as a page needs). */
type Reading = 'every' | 'rejections';

/**
 * One judgement in steps, pausing (`yield`) between reading the message, weighing its sentences and extracting
 * what a reply needs: a page runs them between its own tasks, everyone else all at once.
 */
function* judging(
  input: MailInput,
  reading: Reading,
  sets: readonly PhraseSet[],
  { extracting, narrowing }: DetectorParts,
): Generator<void, Verdict> {
  const sender = parseSender(typeof input.from === 'string' ? input.from.slice(0, 500) : '');
  const { subject, body, signature } = readMail(input);
  const set = pickLanguage(`${subject}\n${body}`, sets);
  const sentences = [subject, ...splitSentences(body)].filter((s) => s.trim() !== '').map(toSentence);
  yield;

  const classification = yield* classifying(
    sentences,
    {
      viaPlatform: sender.platform !== undefined,
      hiringAddress: sender.hiring,
      personalAddress: isPersonalAddress(sender),
      subject,
      senderName: sender.name,
      senderDomain: sender.domain,
    },
    set,
    narrowing,
  );
  const { kind, score, reasons } = withSecondOpinion(
    classification,
    () => rejectionLikelihood(subject, body),
    sentences,
  );
  const verdict: Verdict = {
    rejection: kind === 'rejection' && score >= 0.5,
    score,
    kind,
    reasons,
    language: set.lang,
  };
  if (reading === 'rejections' && !verdict.rejection) return verdict;
  yield;

  const links = `${(input.text ?? '').slice(0, MAX_INPUT)}\n${(input.html ?? '').slice(0, MAX_INPUT)}`;
  const found = yield* extracting({ sender, subject, body, signature, links });
  for (const key of ['company', 'role', 'recruiter', 'replyTo'] as const) {
    const value = found[key];
    if (value) verdict[key] = value;
  }
  return verdict;
}

/** Reads company, role, recruiter and reply address, in steps (`./extract.ts`). */
export type Extracting = typeof extracting;

export interface DetectorParts {
  extracting: Extracting;
  /**
   * Narrows a language's tables to each message first (`./phrases/gate.ts`), as detectors that judge many messages
   * do. A page's detector judges a few, most of them cold, and does without: reading every pattern's words costs
   * more there than it saves.
   */
  narrowing?: Narrowing;
}

/**
 * A detector reading the given phrase tables, one per language, the first winning ties, with the extraction given:
 * a page gets the tables and the extraction from files of their own.
 */
export function detectorFor(sets: readonly PhraseSet[], { extracting, narrowing }: DetectorParts) {
  /** The steps of a judgement that never throws: whatever goes wrong, the message is not a rejection. */
  function* judgingSafely(input: MailInput, reading: Reading): Generator<void, Verdict> {
    try {
      return yield* judging(input ?? { from: '', subject: '', text: '' }, reading, sets, {
        extracting,
        narrowing,
      });
    } catch {
      return { ...NOT_A_REJECTION, reasons: [] };
    }
  }
  const detectRejectionInSteps = (input: MailInput) => judgingSafely(input, 'rejections');
  return {
    /** Decides whether one message is a job rejection and pulls out what a reply needs. Never throws. */
    detect: (input: MailInput): Verdict => allAtOnce(judgingSafely(input, 'every')),
    /**
     * The same decision in steps, with company, role and recruiter read only from rejections: a page judging every
     * message opened needs no more (reading them is some two fifths of the work), and runs the steps between its
     * own tasks. Never throws.
     */
    detectRejectionInSteps,
    /** {@link detectRejectionInSteps}, all at once. */
    detectRejection: (input: MailInput): Verdict => allAtOnce(detectRejectionInSteps(input)),
  };
}
