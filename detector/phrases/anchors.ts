/**
 * Anchors: the words a phrase pattern cannot match without. A message holds few of a language's words, so most
 * patterns can be passed over for a whole message after a few substring tests, without being compiled or run on
 * each of its sentences. What a pattern needs is read from its source: words (folded, letters and digits only) that
 * must all, or of which one must, stand in any text it matches.
 */
import { isQuantifier, isRun, lastCharOf, MEMBERS, TOKENS } from '../boundary';
import { fold, LETTER_OR_DIGIT } from '../letters';
import { decode } from './escape';

/** Words a match needs: a word, all of several needs, or one of several; `null` when a match may need nothing. */
export type Need = string | { all: Need[] } | { any: Need[] } | null;

/**
 * What a piece of a pattern is known to match: exactly one of a few strings, or something that needs what `need`
 * says.
 */
type Known = { exact: string[] } | { need: Need };

/** Beyond this many strings, exact alternatives are no longer combined with what follows them. */
const MOST_EXACT = 16;
const SEGMENTS = new RegExp(`[${LETTER_OR_DIGIT}]+`, 'g');
const NEGATIVE_LOOKAROUND = /^\(\?<?!/;
const POSITIVE_LOOKAROUND = /^\(\?<?=/;

const NOTHING: Known = { exact: [''] };
const ANYTHING: Known = { need: null };

/** One of several needs; nothing when any of them is nothing. */
function anyOf(needs: Need[]): Need {
  const flat: Need[] = [];
  for (const need of needs) {
    if (need === null) return null;
    if (typeof need === 'object' && 'any' in need) flat.push(...need.any);
    else flat.push(need);
  }
  // Of a word and its longer forms, the word is enough: "candidate" finds "candidates".
  const words = [...new Set(flat.filter((n): n is string => typeof n === 'string'))].sort(
    (a, b) => a.length - b.length,
  );
  const kept: Need[] = [];
  for (const word of words) if (!kept.some((shorter) => word.includes(shorter as string))) kept.push(word);
  kept.push(...flat.filter((n) => typeof n !== 'string'));
  return kept.length === 1 ? (kept[0] as Need) : { any: kept };
}

/** How surely a text lacks what a need asks: longer words are rarer. Tested in that order, a miss comes early. */
function rarity(need: Need): number {
  if (need === null) return 0;
  if (typeof need === 'string') return need.length;
  const parts = ('all' in need ? need.all : need.any).map(rarity);
  return 'all' in need ? Math.max(...parts) : Math.min(...parts);
}

function allOf(needs: Need[]): Need {
  const flat: Need[] = [];
  for (const need of needs) {
    if (need === null) continue;
    if (typeof need === 'object' && 'all' in need) flat.push(...need.all);
    else if (!flat.includes(need)) flat.push(need);
  }
  if (flat.length === 0) return null;
  if (flat.length === 1) return flat[0] as Need;
  const ranked = flat.map((need) => ({ need, rarity: rarity(need) }));
  ranked.sort((a, b) => b.rarity - a.rarity);
  return { all: ranked.map(({ need }) => need) };
}

/** What an exact piece needs: every run of letters and digits of one of its strings; nothing for one without. */
function needOf(known: Known): Need {
  if ('need' in known) return known.need;
  const needs: Need[] = [];
  for (const s of known.exact) {
    const words = s.match(SEGMENTS);
    if (!words) return null;
    needs.push(allOf(words));
  }
  return anyOf(needs);
}

function sequenceOf(parts: Known[]): Known {
  const needs: Need[] = [];
  let exact = [''];
  let whole = true;
  for (const part of parts) {
    if ('exact' in part && exact.length * part.exact.length <= MOST_EXACT) {
      const before = exact;
      exact = before.flatMap((a) => part.exact.map((b) => a + b));
      continue;
    }
    whole = false;
    needs.push(needOf({ exact }));
    if ('exact' in part) exact = part.exact;
    else {
      needs.push(part.need);
      exact = [''];
    }
  }
  if (whole) return { exact };
  needs.push(needOf({ exact }));
  return { need: allOf(needs) };
}

function alternativesOf(alternatives: Known[]): Known {
  if (alternatives.length === 1) return alternatives[0] as Known;
  if (alternatives.every((alt) => 'exact' in alt)) {
    const exact = [...new Set(alternatives.flatMap((alt) => ('exact' in alt ? alt.exact : [])))];
    if (exact.length <= MOST_EXACT) return { exact };
  }
  return { need: anyOf(alternatives.map(needOf)) };
}

function quantified(known: Known, token: string): Known {
  const optional = token[0] === '?' || token[0] === '*' || token.startsWith('{0');
  if (!optional) return { need: needOf(known) };
  if (token[0] === '?' && 'exact' in known) return { exact: [...new Set(['', ...known.exact])] };
  return ANYTHING;
}

/** A class of a few single characters is exact ("[sz]"); any other (ranges, negations, escapes) is unknown. */
function classOf(token: string): Known {
  if (token[1] === '^') return ANYTHING;
  const members = token.slice(1, -1).match(MEMBERS) ?? [];
  if (members.length > 4 || members.some((m) => m === '-' || m[0] === '\\')) return ANYTHING;
  return { exact: [...new Set(members.map(fold))] };
}

function atomOf(token: string): Known {
  if (token === '^' || token === '$' || token === '\\b' || token === '\\B') return NOTHING;
  if (token === '.') return ANYTHING;
  if (token[0] === '[') return classOf(token);
  if (token[0] === '\\') {
    const char = decode(token);
    return char === undefined ? ANYTHING : { exact: [fold(char)] };
  }
  return { exact: [fold(token)] };
}

/** What any match of a phrase pattern needs, read from its source (written for the `iu` flags, as the tables are). */
export function needOfPattern(source: string): Need {
  const tokens = source.match(TOKENS) ?? [];
  // Which `)` closes each group, so that a group whose content cannot be needed is skipped unread.
  const closing: number[] = [];
  const open: number[] = [];
  tokens.forEach((token, i) => {
    if (token[0] === '(') open.push(i);
    else if (token === ')') closing[open.pop() ?? i] = i;
  });
  let at = 0;

  const alternatives = (): Known => {
    const found: Known[] = [];
    let parts: Known[] = [];
    let previous: string | undefined;
    while (at < tokens.length && tokens[at] !== ')') {
      const token = tokens[at++] as string;
      if (token === '|') {
        found.push(sequenceOf(parts));
        parts = [];
      } else if (isQuantifier(token)) {
        // A lazy quantifier repeats as its greedy form does; of a run, only the last character is repeated.
        const greedy = token.length > 1 && token.endsWith('?') ? token.slice(0, -1) : token;
        if (previous !== undefined && isRun(previous) && previous.length > 1) {
          const last = lastCharOf(previous);
          parts.pop();
          parts.push(atomOf(previous.slice(0, -last.length)), quantified(atomOf(last), greedy));
        } else parts.push(quantified(parts.pop() ?? NOTHING, greedy));
      } else if (token[0] === '(') {
        const close = closing[at - 1] ?? tokens.length;
        const next = tokens[close + 1] ?? '';
        // A negative lookaround needs nothing, a positive one what it looks for, though it consumes nothing; a
        // group that may repeat no times needs nothing (`?` is read, as an optional ending such as `(?:s|es)?` is
        // part of a word).
        if (NEGATIVE_LOOKAROUND.test(token)) {
          at = close + 1;
          parts.push(NOTHING);
        } else if (POSITIVE_LOOKAROUND.test(token)) {
          const looked = needOf(alternatives());
          at++;
          parts.push({ need: looked });
        } else if (next[0] === '*' || next.startsWith('{0')) {
          at = close + 1;
          parts.push(ANYTHING);
        } else {
          parts.push(alternatives());
          at++;
        }
      } else parts.push(atomOf(token));
      previous = token;
    }
    found.push(sequenceOf(parts));
    return alternativesOf(found);
  };

  return needOf(alternatives());
}

/**
 * The letters of a text as a fingerprint: a bit for each pair and each triple of characters in a row, hashed into
 * 2^16 bits. A word whose pairs or triples are missing from it is surely not in the text; one whose are all there
 * very likely is. One pass over the text, and a word is tested in a few bit reads instead of a search.
 */
const BITS = new Uint32Array(2048);

const pairHash = (a: number, b: number) => Math.imul(a * 65599 + b + 0x5bd1e995, 0x9e3779b1) >>> 16;
const tripleHash = (a: number, b: number, c: number) =>
  Math.imul((a * 65599 + b) * 31 + c, 0x85ebca77) >>> 16;

const WORD_PROBE = 0;
const ALL_PROBE = 1;
const ANY_PROBE = 2;

/**
 * What a need asks, as the bits a text must have set, written out in one array that is read without allocating:
 * each part is its kind, its length in the array (itself included), then a word's bits or the parts of all of or
 * one of several.
 */
export type Probe = Uint16Array;

function bitsOf(word: string): number[] {
  if (word.length < 2) return [];
  if (word.length === 2) return [pairHash(word.charCodeAt(0), word.charCodeAt(1))];
  const out: number[] = [];
  for (let i = 0; i + 2 < word.length; i++)
    out.push(tripleHash(word.charCodeAt(i), word.charCodeAt(i + 1), word.charCodeAt(i + 2)));
  return out;
}

function written(need: Need): number[] {
  if (need === null) return [ALL_PROBE, 2];
  const [kind, body] =
    typeof need === 'string'
      ? [WORD_PROBE, bitsOf(need)]
      : 'all' in need
        ? [ALL_PROBE, need.all.flatMap(written)]
        : [ANY_PROBE, need.any.flatMap(written)];
  return [kind, body.length + 2, ...body];
}

/** A need as bits to test; a word of one letter is taken as there, and nothing asked is all of nothing. */
export function probeOf(need: Need): Probe {
  const probe = written(need);
  // Lengths are 16-bit: a need too long to write that way asks nothing.
  return Uint16Array.from(probe.length > 0xffff ? written(null) : probe);
}

/** A text's fingerprint, read by {@link fingerprintOf}: a power of two of 32-bit words. */
export type Fingerprint = Uint32Array;

/**
 * The fingerprint of `foldedText`, which {@link fits} reads. A message's is one buffer of 2^16 bits, written again
 * by the next call: read it before fingerprinting another text. A sentence's, smaller, goes into `into`.
 */
export function fingerprintOf(foldedText: string, into: Fingerprint = BITS): Fingerprint {
  into.fill(0);
  const mask = into.length * 32 - 1;
  let a = 0;
  let b = foldedText.length > 0 ? foldedText.charCodeAt(0) : 0;
  for (let i = 1; i < foldedText.length; i++) {
    const c = foldedText.charCodeAt(i);
    let h = pairHash(b, c) & mask;
    into[h >>> 5] = (into[h >>> 5] as number) | (1 << (h & 31));
    if (i >= 2) {
      h = tripleHash(a, b, c) & mask;
      into[h >>> 5] = (into[h >>> 5] as number) | (1 << (h & 31));
    }
    a = b;
    b = c;
  }
  return into;
}

/** Whether a word's bits, `probe[from]` up to `end`, are all set in a text's fingerprint. */
function wordFits(probe: Probe, from: number, end: number, text: Fingerprint, mask: number): boolean {
  for (let i = from; i < end; i++) {
    const h = (probe[i] as number) & mask;
    if (((text[h >>> 5] as number) & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

/**
 * Whether the part of a probe at `at` fits a text's fingerprint (`mask`: the fingerprint's size in bits, less one).
 * Words, most of a probe's parts, are tested in the loop rather than by a call of their own.
 */
function fitsAt(probe: Probe, at: number, text: Fingerprint, mask: number): boolean {
  const kind = probe[at] as number;
  const end = at + (probe[at + 1] as number);
  if (kind === WORD_PROBE) return wordFits(probe, at + 2, end, text, mask);
  const all = kind === ALL_PROBE;
  for (let part = at + 2; part < end; ) {
    const next = part + (probe[part + 1] as number);
    const fit =
      probe[part] === WORD_PROBE
        ? wordFits(probe, part + 2, next, text, mask)
        : fitsAt(probe, part, text, mask);
    if (fit !== all) return !all;
    part = next;
  }
  return all;
}

/** Whether a text may hold what a probe asks, from its fingerprint: never false when it does. */
export function fits(probe: Probe, text: Fingerprint): boolean {
  return fitsAt(probe, 0, text, text.length * 32 - 1);
}
