import type { Pattern } from './lazy';
import type { PhraseSet } from './phrases/types';

/**
 * Judges the clause a phrase stands in rather than the phrase: "If you are not selected, we will keep your CV"
 * holds "not selected" in a conditional, "we will not be inviting you to an interview" negates an invitation,
 * and a phrase quoted in an article or a status legend is not said to the reader.
 */

/** Where a new clause starts: punctuation, or a conjunction that changes the subject. */
const CLAUSE_BREAK =
  /[,;:(—–]|\s(?:but|however|although|though|while|whereas|aber|jedoch|mais|cependant|pero|sin embargo|maar|echter|mas|porém|contudo)\s/gi;
/** What ends the reach of a condition over the rest of its sentence; the colon of a time ("23:59") does not. */
const CONDITION_BREAK =
  /;|(?<!\d):(?!\d)|\s[—–-]\s|\s(?:but|however|aber|jedoch|mais|cependant|pero|sin embargo|maar|echter|mas|porém|contudo)\s/gi;

/**
 * An English condition or wait after its main clause with no comma between ("Your application will not be reviewed
 * if it is incomplete", "You will not be considered until you complete the test"): the clause it ends is a rule or a
 * step not yet taken, not a decision; "until further notice" sets no end. "Even if" and "as if" concede or compare. Other languages set such a clause apart by punctuation or
 * share the word with others ("se", "als"), so only the English words are read.
 */
const TRAILING_CONDITION =
  /(?<!\b(?:even|as)\s)\b(?:if|unless|(?:until|till)(?!\s+further\s+notice))\b(?!\s+(?:needed|required|necessary|possible|any)\b)/i;
/** Where the reach of a trailing condition ends: a new clause ("…someone else, so I can share feedback if you want"). */
const TRAILING_BREAK =
  /[,;:(—–]|\s(?:and|so|but|because|as|since|which|who|whom|whose|that|when|where|while|though|although|however|whereas)\s/i;

interface Span {
  start: number;
  end: number;
}

function lastMatch(pattern: Pattern, text: string): Span | undefined {
  pattern.lastIndex = 0;
  let last: Span | undefined;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    last = { start: m.index, end: m.index + m[0].length };
    if (m[0] === '') pattern.lastIndex++;
  }
  return last;
}

/** The text from the start of the clause holding position `at` up to `at`. */
export function clausePrefix(sentence: string, at: number): string {
  const prefix = sentence.slice(0, at);
  const boundary = lastMatch(CLAUSE_BREAK, prefix);
  return boundary ? prefix.slice(boundary.end) : prefix;
}

/** The text from position `at` to the end of its clause. */
function clauseRest(sentence: string, at: number): string {
  const rest = sentence.slice(at, at + 160);
  const boundary = TRAILING_BREAK.exec(rest);
  return boundary ? rest.slice(0, boundary.index) : rest;
}

/**
 * True when the clause holding position `at` goes on to an English condition: a decision there is a rule. Cues keep
 * their sense ("we'll be in touch if your profile matches" still acknowledges), so only decisions are read so.
 */
export function isConditionedAfter(sentence: string, at: number): boolean {
  return TRAILING_CONDITION.test(clauseRest(sentence, at));
}

/** True when position `at` of the sentence lies inside a conditional or explanatory clause. */
export function isHypothetical(sentence: string, at: number, set: PhraseSet): boolean {
  const prefix = sentence.slice(0, at);
  // A condition reaches over the following clauses until a break such as ";" or "but" ends the sentence's thought.
  const lastBreak = lastMatch(CONDITION_BREAK, prefix);
  const sinceBreak = lastBreak ? prefix.slice(lastBreak.end) : prefix;
  if (lastMatch(set.condition, sinceBreak)) return true;
  return lastMatch(set.hypothetical, clausePrefix(sentence, at)) !== undefined;
}

/** True when the clause before position `at` negates what follows. */
export function isNegated(sentence: string, at: number, set: PhraseSet): boolean {
  set.negation.lastIndex = 0;
  return set.negation.test(clausePrefix(sentence, at));
}

/**
 * A single quote opens a quotation before a word and closes one after it ("they'd had 'we will not be progressing
 * your application' emails"); inside a word ("we're") or after one that opens nothing ("the candidates' CVs") it is
 * an apostrophe.
 */
function opensSingle(sentence: string, i: number): boolean {
  return /[\s([]/.test(sentence[i - 1] ?? ' ') && /\p{L}/u.test(sentence[i + 1] ?? '');
}

function closesSingle(sentence: string, i: number): boolean {
  const next = sentence[i + 1] ?? ' ';
  return /[\p{L}\p{N}.!?,]/u.test(sentence[i - 1] ?? '') && /[\s.,;:!?)\]]/.test(next);
}

const APOSTROPHE = 0x27;
const STRAIGHT = 0x22;
/** „ and «, which open a quotation, and “, which opens one or closes one opened by „. */
const LOW_OPENING = 0x201e;
const GUILLEMET_OPENING = 0xab;
const CURLY_OPENING = 0x201c;
/** ” and », which close one. */
const CURLY_CLOSING = 0x201d;
const GUILLEMET_CLOSING = 0xbb;
const NO_QUOTE = 0;

/** The marks {@link isQuoted} reads: it goes from one to the next rather than through every character. */
const QUOTE_MARKS = /['"„«“”»]/g;

/** True when position `at` lies between quotation marks: a phrase cited, not a statement made. */
export function isQuoted(sentence: string, at: number): boolean {
  let straight = false;
  let single = false;
  // The curly or angled mark that opened the quotation the position is in, if any.
  let curly = NO_QUOTE;
  QUOTE_MARKS.lastIndex = 0;
  for (let mark = QUOTE_MARKS.exec(sentence); mark && mark.index < at; mark = QUOTE_MARKS.exec(sentence)) {
    const i = mark.index;
    const c = sentence.charCodeAt(i);
    if (c === APOSTROPHE && !straight && curly === NO_QUOTE) {
      single = single ? !closesSingle(sentence, i) : opensSingle(sentence, i);
    } else if (c === STRAIGHT && curly !== NO_QUOTE) curly = NO_QUOTE;
    else if (c === STRAIGHT) straight = !straight;
    else if (c === LOW_OPENING || c === GUILLEMET_OPENING) curly = c;
    else if (c === CURLY_OPENING) curly = curly === LOW_OPENING ? NO_QUOTE : CURLY_OPENING;
    else if (c === CURLY_CLOSING || c === GUILLEMET_CLOSING) curly = NO_QUOTE;
  }
  return straight || single || curly !== NO_QUOTE;
}
