/**
 * Splits a cleaned body into sentences. Mail is hard-wrapped and list-like, so lines are first rejoined into
 * paragraphs where a sentence clearly runs on, then paragraphs are cut at sentence ends.
 */

import { DIGIT, LOWER, UPPER } from './letters';

/** Longest sentence judged; longer runs are cut so every pattern works on bounded input. */
export const MAX_SENTENCE = 600;

/** Words after which a full stop does not end the sentence; any single letter is one too. */
const ABBREVIATIONS =
  'mr|mrs|ms|dr|prof|sr|jr|st|inc|ltd|co|corp|llc|gmbh|bv|sa|vs|etc|e.g|i.e|approx|dept|no|nr|ca|bzw|usw|z.b|d.h|ggf|sra|sres|av|cf';
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.replace(/\./g, '\\.')}|[a-z])\\.$`, 'i');
/**
 * Only the end of a candidate sentence can hold an abbreviation: the longest one, the character before it and the
 * full stop. Testing the whole candidate would cost its length squared, as rejected splits make it grow.
 */
const ABBREVIATION_TAIL = Math.max(...ABBREVIATIONS.split('|').map((word) => word.length)) + 2;

const CLOSERS = `"'”’)`;

const STARTS_IN_LOWER_CASE = new RegExp(`^[${LOWER}(,&]`);
/** A run of end marks, then closing quotes, before a sentence that starts in capitals (or the paragraph's end). */
const SENTENCE_END = new RegExp(
  `(?<![.!?…])(?:[.!?…]+["'”’)]*(?=\\s+["'“‘(]?[${UPPER}${DIGIT}¿¡])|[.!?…]+["'”’)]*$)`,
  'gu',
);

/** True when the line ends with sentence punctuation, closing quotes or brackets aside. */
function endsSentence(line: string): boolean {
  let at = line.length - 1;
  while (at >= 0 && CLOSERS.includes(line[at] as string)) at--;
  return at >= 0 && '.!?:;…'.includes(line[at] as string);
}

/**
 * A wrapped paragraph continues when its last line stops mid-sentence and the next line carries on in lower case,
 * or the paragraph is long. Only the last line is read: a line of closing marks alone follows a space, which ends
 * no sentence either way.
 */
function continues(last: string, length: number, next: string): boolean {
  if (endsSentence(last) || /^[-*•·–—]|^\d+[.)]\s/.test(next)) return false;
  return STARTS_IN_LOWER_CASE.test(next) || length >= 50;
}

/** Spaces a line is respaced for: any but the plain space, or two in a row (most lines have neither). */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** Paragraphs are kept as lines until complete: growing one string and reading its end costs its length squared. */
function paragraphs(body: string): string[] {
  const out: string[] = [];
  let lines: string[] = [];
  let length = 0;
  const flush = () => {
    if (lines.length) out.push(lines.join(' '));
    lines = [];
    length = 0;
  };
  for (const raw of body.split('\n')) {
    const line = (UNEVEN_SPACE.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
    if (line === '') {
      flush();
      continue;
    }
    const last = lines[lines.length - 1];
    if (last === undefined || !continues(last, length, line)) flush();
    length += (lines.length ? 1 : 0) + line.length;
    lines.push(line);
  }
  flush();
  return out;
}

function cutSentences(paragraph: string, into: string[]): void {
  let start = 0;
  // A sentence end starts where a run of punctuation starts: trying every dot of a long run costs its length squared.
  const ends = SENTENCE_END;
  ends.lastIndex = 0;
  for (let m = ends.exec(paragraph); m; m = ends.exec(paragraph)) {
    const end = m.index + m[0].length;
    const candidate = paragraph.slice(start, end).trim();
    if (m[0] === '.' && ABBREVIATION.test(candidate.slice(-ABBREVIATION_TAIL)) && end < paragraph.length)
      continue;
    if (candidate) pushBounded(candidate, into);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) pushBounded(rest, into);
}

function pushBounded(sentence: string, into: string[]): void {
  for (let at = 0; at < sentence.length; at += MAX_SENTENCE) into.push(sentence.slice(at, at + MAX_SENTENCE));
}

export function splitSentences(body: string): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs(body)) cutSentences(paragraph, out);
  return out;
}
