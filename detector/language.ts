import { isLetter } from './letters';
import type { PhraseSet } from './phrases/types';

/** Most of the language is in its function words; the first few thousand characters are plenty to tell. */
const SAMPLE = 4000;

/** A function word and the sets that count it (twice when a set lists it twice). */
interface Marker {
  word: string;
  sets: number[];
}

/**
 * The function words by a hash of their letters, which a text's words are hashed to as they are read: one lookup
 * per word, without cutting it out of the text, and none for a word longer than every function word.
 */
interface MarkerIndex {
  byHash: Map<number, Marker[]>;
  longest: number;
}
const markerIndexes = new WeakMap<readonly PhraseSet[], MarkerIndex>();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are cut to 30 bits, which the engine keeps as small integers. */
const HASH_BITS = 0x3fffffff;

function markerIndex(sets: readonly PhraseSet[]): MarkerIndex {
  let index = markerIndexes.get(sets);
  if (index === undefined) {
    const setsOf = new Map<string, number[]>();
    for (let at = 0; at < sets.length; at++)
      for (const marker of (sets[at] as PhraseSet).markers)
        setsOf.set(marker, [...(setsOf.get(marker) ?? []), at]);
    const byHash = new Map<number, Marker[]>();
    for (const [word, inSets] of setsOf) {
      let hash = FNV_OFFSET;
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
      const key = hash & HASH_BITS;
      byHash.set(key, [...(byHash.get(key) ?? []), { word, sets: inSets }]);
    }
    index = { byHash, longest: Math.max(0, ...[...setsOf.keys()].map((marker) => marker.length)) };
    markerIndexes.set(sets, index);
  }
  return index;
}

/**
 * The phrase set whose function words (words: runs of letters, read in lower case) occur most often in the text;
 * the first set wins ties.
 */
export function pickLanguage(text: string, sets: readonly PhraseSet[]): PhraseSet {
  const { byHash, longest } = markerIndex(sets);
  const scores = new Array<number>(sets.length).fill(0);
  const lower = text.slice(0, SAMPLE).toLowerCase();
  let start = -1;
  let hash = FNV_OFFSET;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    if (isLetter(code)) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
      continue;
    }
    if (start >= 0 && i - start <= longest)
      for (const { word, sets: inSets } of byHash.get(hash & HASH_BITS) ?? [])
        if (word.length === i - start && lower.startsWith(word, start))
          for (const at of inSets) scores[at] = (scores[at] as number) + 1;
    start = -1;
  }
  let best = 0;
  for (let at = 1; at < sets.length; at++) if ((scores[at] as number) > (scores[best] as number)) best = at;
  return sets[best] as PhraseSet;
}
