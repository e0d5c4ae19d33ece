import { LETTER } from './letters';
import type { PhraseSet } from './phrases/types';

/** Words in lower case; the letters are all in the Basic Multilingual Plane, so no Unicode mode is needed. */
const WORDS = new RegExp(`[${LETTER}]+`, 'g');

/** Most of the language is in its function words; the first few thousand characters are plenty to tell. */
const SAMPLE = 4000;

/** For each function word, the sets that count it (twice when a set lists it twice): one lookup per word of a text. */
const markerIndexes = new WeakMap<readonly PhraseSet[], Map<string, number[]>>();

function markerIndex(sets: readonly PhraseSet[]): Map<string, number[]> {
  let index = markerIndexes.get(sets);
  if (index === undefined) {
    index = new Map();
    for (let at = 0; at < sets.length; at++)
      for (const marker of (sets[at] as PhraseSet).markers)
        index.set(marker, [...(index.get(marker) ?? []), at]);
    markerIndexes.set(sets, index);
  }
  return index;
}

/** The phrase set whose function words occur most often in the text; the first set wins ties. */
export function pickLanguage(text: string, sets: readonly PhraseSet[]): PhraseSet {
  const index = markerIndex(sets);
  const scores = new Array<number>(sets.length).fill(0);
  for (const word of text.slice(0, SAMPLE).toLowerCase().match(WORDS) ?? [])
    for (const at of index.get(word) ?? []) scores[at] = (scores[at] as number) + 1;
  let best = 0;
  for (let at = 1; at < sets.length; at++) if ((scores[at] as number) > (scores[best] as number)) best = at;
  return sets[best] as PhraseSet;
}
