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
 * per word, without cutting it out of the text, and none for a word longer than every function word. The table is
 * open: a hash is looked for from its slot on, up to the first empty one.
 */
interface MarkerIndex {
  /** Each slot's marker, numbered from 1 (0: empty), and the marker's hash. */
  slots: Int32Array;
  hashes: Int32Array;
  markers: Marker[];
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
    const markers = [...setsOf].map(([word, inSets]) => ({ word, sets: inSets }));
    // At most a quarter of the slots taken: a lookup meets an empty slot within a step or two.
    const size = 2 ** Math.ceil(Math.log2(4 * Math.max(1, markers.length)));
    const slots = new Int32Array(size);
    const hashes = new Int32Array(size);
    markers.forEach(({ word }, number) => {
      let hash = FNV_OFFSET;
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
      let slot = hash & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = number + 1;
      hashes[slot] = hash & HASH_BITS;
    });
    index = { slots, hashes, markers, longest: Math.max(0, ...markers.map(({ word }) => word.length)) };
    markerIndexes.set(sets, index);
  }
  return index;
}

/**
 * The phrase set whose function words (words: runs of letters, read in lower case) occur most often in the text;
 * the first set wins ties.
 */
export function pickLanguage(text: string, sets: readonly PhraseSet[]): PhraseSet {
  const { slots, hashes, markers, longest } = markerIndex(sets);
  const last = slots.length - 1;
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
      for (let slot = hash & last; slots[slot] !== 0; slot = (slot + 1) & last) {
        if (hashes[slot] !== (hash & HASH_BITS)) continue;
        const { word, sets: inSets } = markers[(slots[slot] as number) - 1] as Marker;
        if (word.length === i - start && lower.startsWith(word, start))
          for (const at of inSets) scores[at] = (scores[at] as number) + 1;
      }
    start = -1;
  }
  let best = 0;
  for (let at = 1; at < sets.length; at++) if ((scores[at] as number) > (scores[best] as number)) best = at;
  return sets[best] as PhraseSet;
}
