/**
 * Splits a cleaned body into sentences. Mail is hard-wrapped and list-like, so lines are first rejoined into
 * paragraphs where a sentence clearly runs on, then paragraphs are cut at sentence ends.
 */

/** Longest sentence judged; longer runs are cut so every pattern works on bounded input. */
export const MAX_SENTENCE = 600;

/** Words after which a full stop does not end the sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|sr|jr|st|inc|ltd|co|corp|llc|gmbh|bv|sa|vs|etc|e\.g|i\.e|approx|dept|no|nr|ca|bzw|usw|z\.b|d\.h|ggf|sra|sres|av|cf|[a-z])\.$/i;

function endsSentence(line: string): boolean {
  return /[.!?:;…]["'”’)]*$/.test(line);
}

/** A wrapped line continues when it stops mid-sentence and the next line carries on in lower case or is long. */
function continues(line: string, next: string): boolean {
  if (endsSentence(line) || /^[-*•·–—]|^\d+[.)]\s/.test(next)) return false;
  return /^[\p{Ll}(,&]/u.test(next) || line.length >= 50;
}

function paragraphs(body: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') {
      if (current) out.push(current);
      current = '';
      continue;
    }
    if (current && continues(current, line)) current = `${current} ${line}`;
    else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

function cutSentences(paragraph: string, into: string[]): void {
  let start = 0;
  const ends = /[.!?…]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}¿¡])|[.!?…]+["'”’)]*$/gu;
  for (let m = ends.exec(paragraph); m; m = ends.exec(paragraph)) {
    const end = m.index + m[0].length;
    const candidate = paragraph.slice(start, end).trim();
    if (m[0] === '.' && ABBREVIATION.test(candidate) && end < paragraph.length) continue;
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
