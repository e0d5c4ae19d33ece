import { LETTER } from './letters';
import type { PhraseSet } from './phrases/types';

/** Words in lower case; the letters are all in the Basic Multilingual Plane, so no Unicode mode is needed. */
const WORDS = new RegExp(`[${LETTER}]+`, 'g');

/** Most of the language is in its function words; the first few thousand characters are plenty to tell. */
const SAMPLE = 4000;

/** The phrase set whose function words occur most often in the text; the first set wins ties. */
export function pickLanguage(text: string, sets: readonly PhraseSet[]): PhraseSet {
  const counts = new Map<string, number>();
  for (const word of text.slice(0, SAMPLE).toLowerCase().match(WORDS) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let best = sets[0] as PhraseSet;
  let bestScore = -1;
  for (const set of sets) {
    const score = set.markers.reduce((sum, marker) => sum + (counts.get(marker) ?? 0), 0);
    if (score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}
