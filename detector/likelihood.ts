/**
 * A second opinion on whether a message is a rejection, learned from labelled mail (`npm run train`,
 * `scripts/train-likelihood.ts`): a logistic regression over the words and word pairs of the subject and the
 * cleaned body. The phrase tables know how decisions are worded and say why; this knows which words go with a
 * no, and still has an opinion when a recruiter words it in a way no table lists. The verdict leans on it only at
 * the edges (see `./index.ts`): to drop a "rejection" it finds nothing of, and to catch one it is sure of.
 */
import { isLetterOrDigit } from './letters';
import { WEIGHTS } from './likelihood-weights';

/** Feature buckets: words and word pairs are hashed into a table of this many weights (2^BITS). */
export const BITS = 14;
/** Only the start of a body is read: a decision sits near the top, and long mail must stay cheap. */
const MAX_CHARS = 4000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MASK = (1 << BITS) - 1;
const SPACE = 0x20;

/** FNV-1a over UTF-16 units: a word pair hashes as the first word, a space, the second. */
function fnv(text: string): number {
  let out = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) out = Math.imul(out ^ text.charCodeAt(i), FNV_PRIME);
  return out;
}

/** The table bucket of one feature: a word, or two words with a space between them. */
export function bucketOf(feature: string): number {
  return (fnv(feature) >>> 0) & MASK;
}

const APOSTROPHE = 0x27;
/** Buckets already taken for the message being read: a stamp per bucket, a new stamp per message. */
const takenIn = new Uint32Array(1 << BITS);
let stamp = 0;

function take(buckets: number[], hash: number): void {
  const bucket = (hash >>> 0) & MASK;
  if (takenIn[bucket] === stamp) return;
  takenIn[bucket] = stamp;
  buckets.push(bucket);
}

/**
 * The buckets of a message's features, each once, in the order first met: its words (runs of letters, digits and
 * apostrophes) and adjacent word pairs, in lower case, curly apostrophes made straight. Words and pairs are
 * hashed as they are read, without building their strings.
 */
export function bucketsOf(subject: string, body: string): number[] {
  const text = `${subject}\n${body.slice(0, MAX_CHARS)}`.toLowerCase();
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) takenIn.fill(0);
  const buckets: number[] = [];
  let afterPrevious: number | undefined;
  // The word being read, hashed alone and on from the word before it.
  let word = FNV_OFFSET;
  let pair = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let code = i < text.length ? text.charCodeAt(i) : 0;
    // Typographic apostrophes and accents read as the straight apostrophe.
    if (code === 0x2019 || code === 0x2018 || code === 0x60 || code === 0xb4) code = APOSTROPHE;
    if (code === APOSTROPHE || isLetterOrDigit(code)) {
      if (!inWord) {
        inWord = true;
        word = FNV_OFFSET;
        pair = afterPrevious ?? 0;
      }
      word = Math.imul(word ^ code, FNV_PRIME);
      pair = Math.imul(pair ^ code, FNV_PRIME);
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    take(buckets, word);
    if (afterPrevious !== undefined) take(buckets, pair);
    afterPrevious = Math.imul(word ^ SPACE, FNV_PRIME);
  }
  return buckets;
}

/**
 * The weights as numbers, decoded the first time they are needed (they ship as base64 of signed bytes). A plain
 * loop: in code not yet optimised, `from` with a callback per byte cost some 15 ms of a page's first judgement.
 */
let table: Float64Array | undefined;
function weights(): Float64Array {
  if (table) return table;
  const bytes = atob(WEIGHTS.bytes);
  table = new Float64Array(bytes.length);
  // Each character is one byte; shifting it to the top of 32 bits and back reads it as signed.
  for (let i = 0; i < bytes.length; i++) table[i] = ((bytes.charCodeAt(i) << 24) >> 24) * WEIGHTS.scale;
  return table;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** How likely the message is a rejection, 0–1. */
export function rejectionLikelihood(subject: string, body: string): number {
  const table = weights();
  let z = WEIGHTS.bias;
  for (const bucket of bucketsOf(subject, body)) z += table[bucket] ?? 0;
  return sigmoid(z);
}

/** The indices of the sentences (up to `most`) whose words weigh most towards a rejection, best first. */
export function telling(sentences: readonly string[], most: number): number[] {
  const table = weights();
  return sentences
    .map((sentence, index) => ({
      index,
      weight: bucketsOf('', sentence).reduce((sum, bucket) => sum + (table[bucket] ?? 0), 0),
    }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, most)
    .map(({ index }) => index);
}
