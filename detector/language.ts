import { isLetter } from './letters';
import type { PhraseSet } from './phrases/types';

/** Most of the language is in its function words; the first few thousand characters are plenty to tell. */
const SAMPLE = 4000;

/**
 * For each function word, the sets that count it (twice when a set lists it twice): one lookup per word of a text,
 * none for a word longer than every function word.
 */
interface MarkerIndex {
  setsOf: Map<string, number[]>;
  longest: number;
}
const markerIndexes = new WeakMap<readonly PhraseSet[], MarkerIndex>();

function markerIndex(sets: readonly PhraseSet[]): MarkerIndex {
  let index = markerIndexes.get(sets);
  if (index === undefined) {
    const setsOf = new Map<string, number[]>();
    for (let at = 0; at < sets.length; at++)
      for (const marker of (sets[at] as PhraseSet).markers)
        setsOf.set(marker, [...(setsOf.get(marker) ?? []), at]);
    index = { setsOf, longest: Math.max(0, ...[...setsOf.keys()].map((marker) => marker.length)) };
    markerIndexes.set(sets, index);
  }
  return index;
}

/**
 * The phrase set whose function words (words: runs of letters, read in lower case) occur most often in the text;
 * the first set wins ties.
 */
export function pickLanguage(text: string, sets: readonly PhraseSet[]): PhraseSet {
  const { setsOf, longest } = markerIndex(sets);
  const scores = new Array<number>(sets.length).fill(0);
  const lower = text.slice(0, SAMPLE).toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isLetter(lower.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= longest)
      for (const at of setsOf.get(lower.slice(start, i)) ?? []) scores[at] = (scores[at] as number) + 1;
    start = -1;
  }
  let best = 0;
  for (let at = 1; at < sets.length; at++) if ((scores[at] as number) > (scores[best] as number)) best = at;
  return sets[best] as PhraseSet;
}
