/**
 * A language's phrase tables narrowed to one message: patterns none of whose anchors (`./anchors.ts`) the message
 * holds can match none of its sentences, so they are left out before any sentence is read. Most of a table's
 * patterns are, in any one message.
 */
import type { Pattern } from '../lazy';
import { type Fingerprint, fingerprintOf } from './anchors';
import { isPhrasePattern } from './pattern';
import type { PhraseSet } from './types';

/** A pattern that matches nothing, standing in for one the message cannot match. */
const NEVER: Pattern = { lastIndex: 0, exec: () => null, test: () => false };

const possible = (value: unknown, text: Fingerprint) => !isPhrasePattern(value) || value.possibleIn(text);

/**
 * The tables as they read texts made of `foldedText`'s words (a message's subject, sender and sentences, folded):
 * only texts cut from it, never words added to it (a cut sentence completed with an ending needs the whole tables).
 */
export function narrowedTo(set: PhraseSet, foldedText: string): PhraseSet {
  const text = fingerprintOf(foldedText);
  const narrowed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(set)) narrowed[key] = possible(value, text) ? value : NEVER;
  narrowed.rejection = set.rejection.filter((signal) => possible(signal.re, text));
  return narrowed as unknown as PhraseSet;
}
