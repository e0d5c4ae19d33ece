import type { PhraseSet } from './phrases/types';

/**
 * Judges the clause a phrase stands in rather than the phrase: "If you are not selected, we will keep your CV"
 * holds "not selected" in a conditional, "we will not be inviting you to an interview" negates an invitation.
 */

/** Where a new clause starts: punctuation, or a conjunction that changes the subject. */
const CLAUSE_BREAK =
  /[,;:(—–]|\s(?:but|however|although|though|while|whereas|aber|jedoch|mais|cependant|pero|sin embargo|maar|echter|mas|porém|contudo)\s/giu;
/** A break strong enough to end a sentence-wide condition. */
const STRONG_BREAK =
  /;|\s(?:but|however|aber|jedoch|mais|cependant|pero|sin embargo|maar|echter|mas|porém|contudo)\s/iu;

function lastIndexOf(pattern: RegExp, text: string): { start: number; end: number } | undefined {
  pattern.lastIndex = 0;
  let last: { start: number; end: number } | undefined;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    last = { start: m.index, end: m.index + m[0].length };
    if (m[0] === '') pattern.lastIndex++;
  }
  return last;
}

/** The text from the start of the clause holding position `at` up to `at`. */
export function clausePrefix(sentence: string, at: number): string {
  const prefix = sentence.slice(0, at);
  const boundary = lastIndexOf(CLAUSE_BREAK, prefix);
  return boundary ? prefix.slice(boundary.end) : prefix;
}

/** True when position `at` of the sentence lies inside a conditional or explanatory clause. */
export function isHypothetical(sentence: string, at: number, set: PhraseSet): boolean {
  set.hypotheticalStart.lastIndex = 0;
  const opening = set.hypotheticalStart.exec(sentence);
  if (opening && opening.index + opening[0].length <= at) {
    if (!STRONG_BREAK.test(sentence.slice(opening.index + opening[0].length, at))) return true;
  }
  const marker = lastIndexOf(set.hypothetical, clausePrefix(sentence, at));
  return marker !== undefined;
}

/** True when the clause before position `at` negates what follows. */
export function isNegated(sentence: string, at: number, set: PhraseSet): boolean {
  set.negation.lastIndex = 0;
  return set.negation.test(clausePrefix(sentence, at));
}
