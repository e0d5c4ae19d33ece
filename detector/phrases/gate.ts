/**
 * A language's phrase tables narrowed to one message. Each pattern's words are read from its source once
 * (`./anchors.ts`); patterns whose words the message lacks can match none of its sentences and are left out before
 * any sentence is read (most of a table's, in any one message), and the others pass over sentences without their
 * words. Only detectors that judge many messages narrow: reading every pattern's words costs a page's cold first
 * judgement more than it saves.
 */
import type { Pattern } from '../lazy';
import { type Fingerprint, fingerprintOf, fits, needOfPattern, type Probe, probeOf } from './anchors';
import { isPhrasePattern, type PhrasePatternLike } from './pattern';
import type { PhraseSet } from './types';

/** A pattern that matches nothing, standing in for one the message cannot match. */
const NEVER: Pattern = { lastIndex: 0, exec: () => null, test: () => false };

/** A sentence's fingerprint: 2^12 bits are plenty for a sentence's few hundred pairs and triples. */
const SENTENCE_PRINT_WORDS = 128;
/** Longer texts (a whole message read at once) are read whole, not fingerprinted again. */
const LONGEST_PRINTED = 1000;
const KEPT = 64;
const sentencePrints = new Map<string, Fingerprint>();
/** The sentence printed last: a sentence meets one pattern after another, and comparing it costs less than looking it up. */
let lastText = '';
let lastPrint: Fingerprint | undefined;
/**
 * The buffers of prints no longer kept, written over for the next sentences: a print is read only while it is kept,
 * and taking a new buffer for each sentence of each message cost more than writing its print.
 */
const sparePrints: Fingerprint[] = [];

function sentencePrint(foldedText: string): Fingerprint {
  if (foldedText === lastText && lastPrint !== undefined) return lastPrint;
  let print = sentencePrints.get(foldedText);
  if (print === undefined) {
    if (sentencePrints.size >= KEPT) {
      sparePrints.push(...sentencePrints.values());
      sentencePrints.clear();
    }
    print = fingerprintOf(foldedText, sparePrints.pop() ?? new Uint32Array(SENTENCE_PRINT_WORDS));
    sentencePrints.set(foldedText, print);
  }
  lastText = foldedText;
  lastPrint = print;
  return print;
}

/**
 * The text the tables were last narrowed to (a whole message): every pattern kept may match it, so reading its print
 * again for each would only cost.
 */
let narrowedText = '';

const probes = new WeakMap<PhrasePatternLike, Probe>();

/** What a pattern needs, read the first time; from then on it passes over sentences without it. */
export function learnWords(pattern: PhrasePatternLike): Probe {
  let probe = probes.get(pattern);
  if (probe === undefined) {
    const known = probeOf(needOfPattern(pattern.source));
    probe = known;
    probes.set(pattern, known);
    pattern.passOver = (foldedText) =>
      foldedText.length <= LONGEST_PRINTED &&
      foldedText !== narrowedText &&
      !fits(known, sentencePrint(foldedText));
  }
  return probe;
}

/** A set's patterns with what each needs, read once per set: a message is then tested without looking them up. */
interface Gates {
  /** The set's own patterns, by the key they stand under. */
  patterns: { key: keyof PhraseSet; probe: Probe }[];
  /** The probe of each rejection signal's pattern, in the order of the signals. */
  signals: Probe[];
}
const gatesOfSet = new WeakMap<PhraseSet, Gates>();

function gatesOf(set: PhraseSet): Gates {
  let gates = gatesOfSet.get(set);
  if (gates === undefined) {
    const patterns: Gates['patterns'] = [];
    for (const [key, value] of Object.entries(set))
      if (isPhrasePattern(value)) patterns.push({ key: key as keyof PhraseSet, probe: learnWords(value) });
    gates = {
      patterns,
      signals: set.rejection.map((signal) =>
        isPhrasePattern(signal.re) ? learnWords(signal.re) : probeOf(null),
      ),
    };
    gatesOfSet.set(set, gates);
  }
  return gates;
}

/**
 * The tables as they read texts made of `foldedText`'s words (a message's subject, sender and sentences, folded):
 * only texts cut from it, never words added to it (a cut sentence completed with an ending needs the whole tables).
 */
export function narrowedTo(set: PhraseSet, foldedText: string): PhraseSet {
  narrowedText = foldedText;
  const text = fingerprintOf(foldedText);
  const { patterns, signals } = gatesOf(set);
  const narrowed: Record<string, unknown> = { ...set };
  for (const { key, probe } of patterns) if (!fits(probe, text)) narrowed[key] = NEVER;
  narrowed.rejection = set.rejection.filter((_, at) => fits(signals[at] as Probe, text));
  return narrowed as unknown as PhraseSet;
}
