import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapBoundaries, OTHER, WORD, type WordSyntax, withCheapBoundaries } from './boundary';

/** The two-sided boundary every `\b` stood for before, over letters and digits of any script. */
const TWO_SIDED = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

const UNICODE: WordSyntax = {
  kindOf: (atom) => {
    if (/^(?:[\p{L}\p{N}]|\\d|\\p\{L\})$/u.test(atom)) return WORD;
    return /^(?:[\p{P}\p{Z}]|\\s)$/u.test(atom) ? OTHER : WORD | OTHER;
  },
  beforeWord: '(?<![\\p{L}\\p{N}])',
  beforeOther: '(?<![^\\p{L}\\p{N}])(?!^)',
  afterWord: '(?![\\p{L}\\p{N}])',
  afterOther: '(?=[\\p{L}\\p{N}])',
  either: TWO_SIDED,
};

const twoSided = (source: string) => new RegExp(source.replace(/\\b/g, TWO_SIDED), 'giu');
const cheap = (source: string) => new RegExp(cheapBoundaries(source, UNICODE), 'giu');

/** Every match, with its position, so two regexes can be compared exactly. */
const allMatches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

/** Shapes the phrase tables use: boundaries beside letters, punctuation, groups, classes, gaps and lookarounds. */
const PATTERNS = [
  String.raw`\bnot\b`,
  String.raw`\b(?:we|we're|you)\s+\w+\b`,
  String.raw`\b(?:will|'ll)\s+be\b`,
  String.raw`n't\b`,
  String.raw`\b(?:app\w*|[Ww]ahl)\b`,
  String.raw`\bstatus\s*(?::|is\s+)\s*["']?\b(?:not|no)\b`,
  String.raw`\b(?:a|an)?\s*job\b`,
  String.raw`(?:\b\w+\s+){0,2}?\bfit\b`,
  String.raw`\bé[a-z]+\b|\b\d+\b|\b\p{L}+'\b`,
  String.raw`(?<=\b(?:Sie|du)\b[^.]{0,20})\bnicht\b`,
  String.raw`\b(?:[^\s.]+\s+){0,3}?\bend\b|^\s*\bstart`,
  String.raw`\b(?!x)\w+\b`,
];

/** Text made of the characters that decide a boundary: letters with case quirks (ſ, K), digits, marks, `_`. */
const tricky = fc
  .array(
    fc.constantFrom(
      'not',
      'we',
      "we're",
      'will',
      "'ll",
      "n't",
      'app',
      'Wahl',
      'status',
      'job',
      'fit',
      'end',
      'start',
      'Sie',
      'nicht',
      'é',
      'ſ',
      '\u212a',
      '_',
      '1',
      "'",
      '"',
      ' ',
      '.',
      ':',
      '-',
      'x',
      'A',
      '\u0345',
      '😀',
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

describe('cheapBoundaries', () => {
  it('writes a boundary beside a known letter as a one-sided test', () => {
    expect(cheapBoundaries(String.raw`\bnot\b`, UNICODE)).toBe('(?<![\\p{L}\\p{N}])not(?![\\p{L}\\p{N}])');
  });

  it("copies a boundary into a group whose alternatives start differently (`\\b(?:will|'ll)`)", () => {
    expect(cheapBoundaries(String.raw`\b(?:will|'ll)`, UNICODE)).toBe(
      "(?:(?<![\\p{L}\\p{N}])will|(?<![^\\p{L}\\p{N}])(?!^)'ll)",
    );
  });

  it('keeps the two-sided test where nothing tells the side, and the rest of the pattern as written', () => {
    expect(cheapBoundaries(String.raw`\w*\b.`, UNICODE)).toBe(String.raw`\w*${TWO_SIDED}.`);
    expect(cheapBoundaries(String.raw`[^\]]+(?<!a)x{2,3}?`, UNICODE)).toBe(String.raw`[^\]]+(?<!a)x{2,3}?`);
  });

  it('matches exactly what the two-sided boundary matches', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        for (const source of PATTERNS)
          expect(allMatches(cheap(source), text)).toEqual(allMatches(twoSided(source), text));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a pattern it cannot read whole', () => {
    expect(() => cheapBoundaries('a)b', UNICODE)).toThrow(SyntaxError);
    expect(() => cheapBoundaries('(ab', UNICODE)).toThrow(SyntaxError);
  });
});

describe('withCheapBoundaries', () => {
  it('keeps the flags and what `\\b` matches under `iu`, long s and Kelvin sign included', () => {
    const original = /\b(?:thanks?|você|agradec\w*)\b|\bstatus:\s*\bnot\b/giu;
    const cheapened = withCheapBoundaries(original);
    expect(cheapened.flags).toBe(original.flags);
    expect(cheapened.source).not.toBe(original.source);
    fc.assert(
      fc.property(
        fc
          .array(
            fc.constantFrom(
              'thanks',
              'THANK',
              'você',
              'agradecemos',
              'status:',
              'not',
              'ſ',
              '\u212a',
              'é',
              '_',
              ' ',
              '1',
            ),
            {
              maxLength: 10,
            },
          )
          .map((parts) => parts.join('')),
        (text) => {
          expect(allMatches(cheapened, text)).toEqual(allMatches(original, text));
        },
      ),
      { numRuns: 400 },
    );
  });
});
