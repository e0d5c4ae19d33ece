/**
 * Small helpers for writing phrase patterns from parts. Every pattern is bounded (gaps allow a fixed number of
 * words) so matching stays linear on any input.
 */
import { type Pattern, phrasePattern } from './pattern';
import type { Family, Signal } from './types';

/**
 * A pattern written with `\b` and `\w`, both Unicode-aware, and matched ignoring case: rx`\bnot\s+${gap(3)}fit\b`.
 * A tag reads the template raw, as `String.raw` would, and keeps the phrase tables short. The pattern is read and
 * compiled on first use (see ./pattern.ts).
 */
export function rx(template: TemplateStringsArray, ...parts: string[]): Pattern {
  return phrasePattern(String.raw(template, ...parts));
}

/** A rejection signal: its family, how strongly one sentence of it proves a rejection (0–1), and its pattern. */
export function signal(family: Family, weight: number, re: Pattern): Signal {
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
