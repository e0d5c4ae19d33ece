/**
 * Small helpers for writing phrase patterns from parts. Every pattern is bounded (gaps allow a fixed number of
 * words) so matching stays linear on any input.
 */

/** A Unicode-aware word boundary: `\b` alone treats accented letters as non-word characters. */
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

/** Compiles a pattern written with `\b` and `\w`, making both Unicode-aware ("seguirá", "optámos"). */
export function rx(source: string): RegExp {
  return new RegExp(source.replace(/\\b/g, BOUNDARY).replace(/\\w/g, '[\\p{L}\\p{N}_]'), 'giu');
}

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
