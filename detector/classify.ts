import { withCheapBoundaries } from './boundary';
import { isHypothetical, isNegated, isQuoted } from './clause';
import { lazyRegExp, type Pattern } from './lazy';
import { LETTER, LETTER_OR_DIGIT, UPPER } from './letters';
import type { Family, PhraseSet } from './phrases/types';
import type { MailKind } from './types';

/**
 * Weighs the sentences of one message: which ones state a rejection as a fact about this candidate, which
 * ones show another kind of message (an invitation, an acknowledgement, a job alert…), and how sure we are.
 */

export interface Sentence {
  /** As it stands in the message. */
  text: string;
  /** The copy patterns run on: typographic apostrophes made straight, runs of spaces made one. */
  norm: string;
}

export interface Classification {
  kind: MailKind;
  score: number;
  reasons: string[];
}

export interface Context {
  /** The sender is an applicant tracking system or a job board. */
  viaPlatform: boolean;
  /** The sender's address is a hiring one (jobs@, careers@, recruiting@…). */
  hiringAddress: boolean;
  /** Subject and sender name, searched for job context alongside the body. */
  subject: string;
  senderName: string;
}

interface Evidence {
  index: number;
  weight: number;
  family: Family;
}

/** Pairs a sentence with its matching copy. */
export function toSentence(text: string): Sentence {
  return { text, norm: text.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ') };
}

type Acceptance = (text: string, at: number, set: PhraseSet) => boolean;

/** A match stated as a fact about the reader: neither conditional nor quoted. */
const factual: Acceptance = (text, at, set) => !isHypothetical(text, at, set) && !isQuoted(text, at);
/** A cue stated as a fact: neither conditional nor negated. */
const stated: Acceptance = (text, at, set) => !isHypothetical(text, at, set) && !isNegated(text, at, set);

/**
 * Index of the first match of `re` in `text` that `accept` agrees with, or -1. The test is passed, not made per
 * sentence: a closure for each sentence and pattern costs more than most of the matching.
 */
function findAccepted(re: Pattern, text: string, set: PhraseSet, accept: Acceptance): number {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (accept(text, m.index, set)) return m.index;
    if (m[0] === '') re.lastIndex++;
  }
  return -1;
}

function matches(re: Pattern, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function distinctMatches(re: Pattern, text: string): string[] {
  re.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    seen.add(m[0].toLowerCase());
    if (m[0] === '') re.lastIndex++;
  }
  return [...seen];
}

/** How firmly the words place the message in a job search; "application" alone counts half. */
function jobWeight(text: string, set: PhraseSet): number {
  const words = new Set([
    ...distinctMatches(set.jobContext, text),
    ...distinctMatches(set.applicationWords, text),
  ]);
  return [...words].reduce((sum, word) => sum + (matches(set.applicationWords, word) ? 0.5 : 1), 0);
}

/**
 * Lines of a status legend ("Not selected — we won't be moving forward") explain labels rather than announce a
 * decision. A line counts when a short label is followed by a dash and an explanation, or by a colon and a clause
 * addressed to the reader ("Status: Not selected" is a value, not a legend), and only when a message has two.
 */
const LEGEND_DASH = new RegExp(
  `^\\W{0,3}[${LETTER}][${LETTER_OR_DIGIT}'’ ]{0,40}?\\W{0,3}\\s*[—–-]\\s+\\S`,
  'u',
);
const LEGEND_COLON = lazyRegExp(() =>
  withCheapBoundaries(
    new RegExp(
      `^\\W{0,3}[${LETTER}][${LETTER_OR_DIGIT}'’ ]{0,40}?\\W{0,3}\\s*:\\s+.*\\b(?:we|you|your|our|wir|sie|ihre|nous|vous|votre|nosotros|te|tu|su|wij|je|u|uw|nós|você|sua)\\b`,
      'iu',
    ),
  ),
);

function legendLines(sentences: Sentence[]): Set<number> {
  const found = new Set<number>();
  sentences.forEach(({ norm }, index) => {
    const label = norm.split(/\s*[—–:-]\s+/u)[0] ?? '';
    if (label.split(/\s+/).length <= 4 && (LEGEND_DASH.test(norm) || LEGEND_COLON.test(norm)))
      found.add(index);
  });
  return found.size >= 2 ? found : new Set();
}

/** Merge fields such as "[Candidate name]" or "{{first_name}}": two of them make a template, not a message. */
const PLACEHOLDER = new RegExp(`\\[[${UPPER}][${LETTER} ]{1,30}\\]|\\{\\{\\s*[\\w.]+\\s*\\}\\}`, 'gu');

function isTemplate(text: string): boolean {
  return distinctMatches(PLACEHOLDER, text).length >= 2;
}

/** An unfinished sentence whose end is a decision cut off by the mail client. */
function cutOffDecisions(sentences: Sentence[], set: PhraseSet): number[] {
  const out: number[] = [];
  sentences.forEach(({ norm }, index) => {
    if (/[.!?…:;)"'”]\s*$/u.test(norm)) return;
    set.cutOff.lastIndex = 0;
    const m = set.cutOff.exec(norm);
    if (m && !isHypothetical(norm, m.index, set)) out.push(index);
  });
  return out;
}

function rejectionEvidence(sentences: Sentence[], set: PhraseSet): Evidence[] {
  const found: Evidence[] = [];
  const legend = legendLines(sentences);
  sentences.forEach(({ norm }, index) => {
    // Questions ask, legends explain: neither announces a decision.
    if (legend.has(index) || /\?["'”)]*\s*$/.test(norm)) return;
    // A confirmed withdrawal is the candidate's decision, not the company's.
    if (findAccepted(set.withdrawal, norm, set, factual) >= 0) return;
    const offTopic = matches(set.otherTopic, norm);
    let best: Evidence | undefined;
    for (const signal of set.rejection) {
      if (offTopic && signal.family === 'not-forward') continue;
      if (best && best.weight >= signal.weight) continue;
      if (findAccepted(signal.re, norm, set, factual) >= 0)
        best = { index, weight: signal.weight, family: signal.family };
    }
    if (best) found.push(best);
  });
  return found;
}

/** Sentences (outside rejection evidence) where a cue is stated as a fact, not negated or conditional. */
function cueSentences(re: Pattern, sentences: Sentence[], skip: Set<number>, set: PhraseSet): number[] {
  const out: number[] = [];
  sentences.forEach(({ norm }, index) => {
    if (skip.has(index)) return;
    if (findAccepted(re, norm, set, stated) >= 0) out.push(index);
  });
  return out;
}

const LOOKING_BACK = lazyRegExp(() =>
  withCheapBoundaries(
    /\b(?:thank|thanks|enjoyed|appreciate[ds]?|danke|dank|merci|remercions|gracias|agradec\w*|obrigad\w*|agradecemos|bedankt|bedanken)\b/iu,
  ),
);

const THANKS_FOR_APPLYING =
  /^[^.;!?]{0,40}\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+(?:recent\s+)?application|your\s+interest)\b[^.;!?]{0,80}[.!]?$/i;

/** The message speaks of the reader's own application: a job list below it is an aside, not the point. */
const PERSONAL_APPLICATION = lazyRegExp(() =>
  withCheapBoundaries(
    /\b(?:your (?:application|candidacy)|you applied|you interviewed|ihre bewerbung|deine bewerbung|votre candidature|ta candidature|tu candidatura|su candidatura|je sollicitatie|uw sollicitatie|sua candidatura)\b/iu,
  ),
);

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function classify(sentences: Sentence[], context: Context, set: PhraseSet): Classification {
  const allText = sentences.map((s) => s.norm).join('\n');
  const evidence = rejectionEvidence(sentences, set);
  const decided = new Set(evidence.map((e) => e.index));
  const cues = (re: Pattern) => cueSentences(re, sentences, decided, set);
  const texts = (indices: number[]) => indices.slice(0, 3).map((i) => sentences[i]?.text ?? '');

  const everything = `${context.subject}\n${context.senderName}\n${allText}`;
  const jobWords = jobWeight(everything, set) + (context.hiringAddress ? 1 : 0);
  const otherWords = distinctMatches(set.nonJobContext, everything).length;
  const jobContext = context.viaPlatform ? otherWords < 2 : jobWords > otherWords;

  const withdrawal = cues(set.withdrawal);
  const offer = cues(set.offer);
  const assessment = cues(set.assessment);
  const interview = cues(set.interview);
  const alert = cues(set.alert);
  const acknowledgement = cues(set.acknowledgement);
  const openers = [
    ...cues(set.opener).filter((i) => !matches(set.otherTopic, sentences[i]?.norm ?? '')),
    ...cutOffDecisions(sentences, set),
  ];
  const soft = cues(set.softClose);
  const pause = cues(set.pause);
  const promised = cueSentences(set.promise, sentences, new Set(), set).length > 0;
  const subjectUpdate = matches(set.subjectUpdate, context.subject);
  const personal = PERSONAL_APPLICATION.test(allText);

  const progress: [MailKind, number[]][] = [
    ['offer', offer],
    ['assessment', assessment],
    ['interview', interview],
  ];
  const firstProgress = progress.find(([, found]) => found.length > 0);
  const otherKind = (): Classification => {
    const pick = (kind: MailKind, found: number[]): Classification => ({
      kind,
      score: 0,
      reasons: texts(found),
    });
    if (!jobContext) return pick('other', []);
    if (withdrawal.length) return pick('withdrawal', withdrawal);
    if (pause.length && promised) return pick('pause', pause);
    if (alert.length && !personal) return pick('alert', alert);
    if (firstProgress) return pick(firstProgress[0], firstProgress[1]);
    if (alert.length >= 2) return pick('alert', alert);
    if (acknowledgement.length) return pick('acknowledgement', acknowledgement);
    return pick('other', []);
  };

  if (isTemplate(allText)) return { kind: 'other', score: 0, reasons: [] };
  if (evidence.length === 0) {
    // Soft and truncated rejections: the news is carried by an opener and a kind closing, nothing contradicts it.
    const onlyKindWords =
      jobContext && !firstProgress && !withdrawal.length && !pause.length && !alert.length;
    // "Thank you for applying" opens rejections as often as acknowledgements: it does not speak against one.
    const ackStated = acknowledgement.some(
      (i) => !openers.includes(i) && !soft.includes(i) && !THANKS_FOR_APPLYING.test(sentences[i]?.norm ?? ''),
    );
    if (onlyKindWords && !ackStated && openers.length && soft.length) {
      const score = 0.52 + (subjectUpdate ? 0.05 : 0) + (context.viaPlatform ? 0.03 : 0);
      const reasons = [...new Set([...openers, ...soft])].sort((a, b) => a - b);
      return { kind: 'rejection', score: round(score), reasons: texts(reasons) };
    }
    return otherKind();
  }

  const ranked = [...evidence].sort((a, b) => b.weight - a.weight || a.index - b.index);
  const strongest = ranked[0]?.weight ?? 0;
  let score =
    strongest +
    0.05 * Math.min(2, evidence.length - 1) +
    (openers.length ? 0.05 : 0) +
    (soft.length ? 0.05 : 0) +
    (subjectUpdate ? 0.03 : 0) +
    (context.viaPlatform ? 0.02 : 0);
  const reasons = texts(ranked.map((e) => e.index));
  const fallback = otherKind();

  if (!jobContext) return { ...fallback, score: round(Math.min(score, 0.3) * 0.5) };
  if (withdrawal.length) return { ...fallback, score: round(Math.min(score, 0.3)) };
  const onlyHold = evidence.every((e) => e.family === 'on-hold');
  if (onlyHold && promised) return { ...fallback, kind: 'pause', score: round(Math.min(score, 0.3)) };
  const roleOnly = evidence.every((e) => e.family === 'role-gone' || e.family === 'on-hold');
  if (alert.length && roleOnly && !personal)
    return { kind: 'alert', score: round(Math.min(score, 0.3)), reasons: texts(alert) };
  // Thanks for past steps ("thank you for interviewing with us") are not progress beside a rejection.
  const forward = firstProgress?.[1].filter((i) => !LOOKING_BACK.test(sentences[i]?.norm ?? '')) ?? [];
  if (firstProgress && forward.length) {
    // "This role is filled, but we'd like to talk about another one": a rejection for this role, held less surely.
    if (strongest >= 0.7) score = clamp(score - 0.25, 0.5, 0.65);
    else
      return { kind: firstProgress[0], score: round(Math.min(score, 0.4)), reasons: texts(firstProgress[1]) };
  }
  return { kind: 'rejection', score: round(clamp(score, 0, 0.99)), reasons };
}
