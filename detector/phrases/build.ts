/**
 * Small helpers for writing phrase patterns from parts. Every pattern is bounded (gaps allow a fixed number of
 * words) so matching stays linear on any input.
 */
import { cheapBoundaries, OTHER, WORD, type WordSyntax } from '../boundary';
import type { Family, Signal } from './types';

/**
 * Unicode-aware words: `\b` and `\w` alone treat accented letters as non-word characters ("seguirá", "optámos").
 * Letters, digits and letter/number properties are word characters in every case form; punctuation and spaces
 * have no case forms, so they never are.
 */
const UNICODE_WORDS: WordSyntax = {
  kindOf: (atom) => {
    if (/^(?:[\p{L}\p{N}]|\\d|\\p\{(?:L[ult]?|N[dl]?)\})$/u.test(atom)) return WORD;
    return /^(?:[\p{P}\p{Z}\0-/:-@[-`{-~]|\\[snrtf.\\/()[\]{}|?*+^$'"-])$/u.test(atom) ? OTHER : WORD | OTHER;
  },
  beforeWord: '(?<![\\p{L}\\p{N}])',
  // "A word character before" spelled as "no other character before, and not the start": a positive lookbehind
  // in front of a pattern is as slow as the two-sided test.
  beforeOther: '(?<![^\\p{L}\\p{N}])(?!^)',
  afterWord: '(?![\\p{L}\\p{N}])',
  afterOther: '(?=[\\p{L}\\p{N}])',
  either: '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))',
  spell: (atom) => (atom === '\\w' ? '[\\p{L}\\p{N}_]' : atom),
};

/**
 * Compiles a pattern written with `\b` and `\w`, making both Unicode-aware: rx`\bnot\s+${gap(3)}fit\b`. A tag
 * reads the template raw, as `String.raw` would, and keeps the phrase tables short.
 */
export function rx(template: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(cheapBoundaries(String.raw(template, ...parts), UNICODE_WORDS), 'giu');
}

/** A rejection signal: its family, how strongly one sentence of it proves a rejection (0–1), and its pattern. */
export function signal(family: Family, weight: number, re: RegExp): Signal {
  return { re, weight, family };
}

/** Pattern fragments are written raw, as {@link rx} reads its template; under a short name, as they are many. */
export const raw = String.raw;

/** Joins alternatives into one non-capturing group. */
export function any(...parts: string[]): string {
  return `(?:${parts.join('|')})`;
}

/** Up to `n` whole words (no clause punctuation inside), each followed by spaces. */
export function gap(n: number): string {
  return `(?:[^\\s.,;:!?]+\\s+){0,${n}}?`;
}

/** Like {@link gap}, but the words may not be conjunctions that start a new clause. */
export function clauseGap(n: number, conjunctions: string): string {
  return `(?:(?!${conjunctions}\\b)[^\\s.,;:!?]+\\s+){0,${n}}?`;
}
