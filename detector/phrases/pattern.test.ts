import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapBoundaries, OTHER, WORD, type WordSyntax } from '../boundary';
import { PHRASE_SETS } from './index';
import { phrasePattern } from './pattern';

/** How phrase patterns were compiled before: Unicode-aware boundaries and the `giu` flags. */
const UNICODE: WordSyntax = {
  kindOf: (atom) => {
    if (/^(?:[\p{L}\p{N}]|\\d)$/u.test(atom)) return WORD;
    return /^(?:[\p{P}\p{Z}]|\\s)$/u.test(atom) ? OTHER : WORD | OTHER;
  },
  beforeWord: '(?<![\\p{L}\\p{N}])',
  beforeOther: '(?<![^\\p{L}\\p{N}])(?!^)',
  afterWord: '(?![\\p{L}\\p{N}])',
  afterOther: '(?=[\\p{L}\\p{N}])',
  either: '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))',
  spell: (atom) => (atom === '\\w' ? '[\\p{L}\\p{N}_]' : atom),
};

const SOURCES = [
  String.raw`\bnot\s+(?:\S+\s+){0,3}?(?:selected|chosen)\b`,
  String.raw`\b(?:Stelle|Position)\b[^.;!?]{0,20}?\bbesetzt`,
  String.raw`\b(?:will|'ll)\s+\w+\b|\bstatus\s*:`,
  String.raw`\bÉquipe\b|\bcandidature\s+[A-ZÀ-Þ]\w*`,
  String.raw`\bnicht(?<=\b(?:Sie|Ihre[nr]?)\b[^.]{0,20}nicht)\b`,
  String.raw`\bstra(?:ss|ß)e\b|\bkelvin\b|\bİstanbul\b|\b\u00C9t\xE9\b`,
];

/** Text of the characters whose case or word-ness is tricky: long s, Kelvin sign, dotted I, sharp s, accents. */
const text = fc
  .array(
    fc.constantFrom(
      'not',
      'NOT',
      'selected',
      'CHOSEN',
      'ſelected',
      'Stelle',
      'STELLE',
      'besetzt',
      'Sie',
      'IHREN',
      'nicht',
      'NICHT',
      'will',
      "'ll",
      'status',
      ':',
      'équipe',
      'ÉQUIPE',
      'candidature',
      'Àlvaro',
      'Þór',
      '÷',
      '×',
      'straße',
      'STRASSE',
      'STRAẞE',
      '\u212Aelvin',
      'kelvin',
      'İstanbul',
      'istanbul',
      'été',
      'ÉTÉ',
      'e\u0301',
      '_',
      '1',
      ' ',
      '  ',
      '.',
      '😀',
      'Ωmega',
      'а',
      'x',
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

const matches = (exec: (text: string) => RegExpExecArray | null, input: string) => {
  const found: string[] = [];
  for (let m = exec(input); m; m = exec(input)) found.push(`${m.index}:${m[0]}`);
  return found;
};

describe('phrasePattern', () => {
  it('matches exactly where the pattern matched under the `giu` flags', () => {
    const pairs = SOURCES.map(
      (source) => [phrasePattern(source), new RegExp(cheapBoundaries(source, UNICODE), 'giu')] as const,
    );
    fc.assert(
      fc.property(text, (input) => {
        for (const [pattern, original] of pairs)
          expect(matches((s) => pattern.exec(s), input)).toEqual(matches((s) => original.exec(s), input));
      }),
      { numRuns: 500 },
    );
  });

  it('reads and compiles every pattern of the phrase tables', () => {
    for (const set of PHRASE_SETS) {
      const patterns = [
        ...Object.values(set).filter((value) => typeof value === 'object' && 'exec' in value),
        ...set.rejection.map((signal) => signal.re),
      ];
      for (const pattern of patterns)
        expect(() => pattern.test('Sie nicht, not you, ÉTÉ.'), set.lang).not.toThrow();
    }
  });

  it('reads and compiles a pattern only when first used', () => {
    expect(() => phrasePattern('(unclosed')).not.toThrow();
    expect(() => phrasePattern('(unclosed').test('text')).toThrow(SyntaxError);
    expect(() => phrasePattern(String.raw`\p{Lu}\w+`).test('text')).toThrow(SyntaxError);
  });
});
