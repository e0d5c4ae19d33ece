/**
 * Where the phrase tables and the learned likelihood (`./likelihood.ts`) meet. The tables decide; the likelihood
 * only overrules them at the edges, where it is nearly certain and they found nothing, or the other way round.
 */
import type { Classification, Sentence } from './classify';
import { telling } from './likelihood';
import type { MailKind } from './types';

/** Below this likelihood the phrase tables' rejection is dropped; above `SURE` a message they missed is one. */
const DOUBTFUL = 0.05;
const SURE = 0.9;
/**
 * Words a message needs before the likelihood may overrule the tables either way: a line or two ("sorry, the shift
 * is covered") gives it too little to weigh, and the tables read short replies closely.
 */
const FEWEST_WORDS = 30;
/** Kinds the tables give when they found nothing telling: the likelihood may still recognise a rejection there. */
const UNDECIDED = new Set<MailKind>(['other', 'acknowledgement']);

/** The pieces a text's single spaces cut it into, as splitting it at each would count them, without the pieces. */
function piecesBetweenSpaces(text: string): number {
  let pieces = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) pieces++;
  return pieces;
}

/**
 * The phrase tables' classification, checked against the learned likelihood: a rejection it finds no sign of is
 * not one, and a job-search message the tables left undecided that it is sure of is, held less surely, with the
 * sentences that weigh most as reasons.
 */
export function withSecondOpinion(
  classification: Classification,
  likelihood: () => number,
  sentences: readonly Sentence[],
): Classification {
  const { kind, score } = classification;
  const rejected = kind === 'rejection' && score >= 0.5;
  // Most verdicts are neither, and the likelihood is not worked out for them.
  const undecided = !classification.settled && UNDECIDED.has(kind);
  if (!rejected && !undecided) return classification;
  let words = 0;
  for (let at = 0; at < sentences.length && words < FEWEST_WORDS; at++)
    words += piecesBetweenSpaces((sentences[at] as Sentence).norm);
  if (words < FEWEST_WORDS) return classification;
  const sureness = likelihood();
  if (rejected && sureness < DOUBTFUL)
    return { kind: 'other', score: Math.min(score, 0.45), reasons: classification.reasons };
  if (!undecided || sureness <= SURE) return classification;
  const reasons = telling(
    sentences.map((sentence) => sentence.text),
    2,
  ).map((index) => sentences[index]?.text ?? '');
  return { kind: 'rejection', score: Math.round((0.5 + 4 * (sureness - SURE)) * 100) / 100, reasons };
}
