import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus, toMailInput } from '../../tests/corpus/corpus';
import { toSentence } from '../classify';
import { readMail } from '../judge';
import { fold } from '../letters';
import { splitSentences } from '../sentences';
import { fingerprintOf, fits, type Need, needOfPattern, type Probe, probeOf } from './anchors';
import { PHRASE_SETS } from './index';
import { isPhrasePattern, type PhrasePatternLike } from './pattern';

const raw = String.raw;

/** Whether a text holds what a need asks, read with plain substring searches. */
function holds(need: Need, text: string): boolean {
  if (need === null) return true;
  if (typeof need === 'string') return text.includes(need);
  if ('all' in need) return need.all.every((part) => holds(part, text));
  return need.any.some((part) => holds(part, text));
}

function patternsOf(value: unknown, found = new Set<PhrasePatternLike>()): Set<PhrasePatternLike> {
  if (isPhrasePattern(value)) found.add(value);
  else if (Array.isArray(value)) for (const item of value) patternsOf(item, found);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) patternsOf(item, found);
  return found;
}

const PATTERNS = PHRASE_SETS.map((set) => [...patternsOf(set)]);
const PROBES = PATTERNS.map((patterns) => patterns.map((pattern) => probeOf(needOfPattern(pattern.source))));

describe('needOfPattern', () => {
  it('needs every word of a sequence, the rarest first', () => {
    expect(needOfPattern(raw`\bnot\s+selected\b`)).toEqual({ all: ['selected', 'not'] });
  });

  it('needs one word of alternatives, and a word for its longer forms', () => {
    expect(needOfPattern(raw`\b(?:candidates?|applicant)\b`)).toEqual({ any: ['candidate', 'applicant'] });
    expect(needOfPattern(raw`\bcolou?r\b`)).toEqual({ any: ['color', 'colour'] });
  });

  it('needs nothing of what may be left out, looked around or repeated no times', () => {
    expect(needOfPattern(raw`\bthe\s+(?:very\s+)?best\b`)).toEqual({ all: ['best', 'the'] });
    expect(needOfPattern(raw`(?<!\bnot\s)\bselected(?!\s+later)`)).toBe('selected');
    expect(needOfPattern(raw`\bwe\s+(?:\S+\s+){0,3}?regret\b`)).toEqual({ all: ['regret', 'we'] });
    expect(needOfPattern(raw`\bregret(?:ful|fully)*\b`)).toBe('regret');
  });

  it('needs what a positive lookaround looks for, though it consumes nothing', () => {
    expect(needOfPattern(raw`(?<=\bshortlist\b[^.]{0,80}?)\byou\s+are\s+not\b`)).toEqual({
      all: ['shortlist', 'you', 'are', 'not'],
    });
  });

  it('needs nothing of a pattern that may match without a word of its own', () => {
    expect(needOfPattern(raw`\w+\s*:`)).toBeNull();
    expect(needOfPattern(raw`\bsorry\b|[.!?]\s*$`)).toBeNull();
  });

  it('folds the words as the text is folded', () => {
    expect(needOfPattern(raw`\bÉquipe\s+RH\b`)).toEqual({ all: ['équipe', 'rh'] });
    expect(needOfPattern(raw`\bdon\u2019t\b`)).toEqual({ all: ['don', 't'] });
  });
});

describe('fingerprints', () => {
  it('keep a pattern for a text holding its words, and leave it out for one without', () => {
    const probe = probeOf(needOfPattern(raw`\bnot\s+(?:been\s+)?selected\b`));
    expect(fits(probe, fingerprintOf(fold('You have NOT been Selected.')))).toBe(true);
    expect(fits(probe, fingerprintOf(fold('We selected someone else.')))).toBe(false);
    expect(fits(probe, fingerprintOf(fold('Not today.')))).toBe(false);
  });

  it('take a need too long to write as one asking nothing', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i}`);
    expect(fits(probeOf({ any: words }), fingerprintOf(''))).toBe(true);
    expect(fits(probeOf({ any: words.slice(0, 10) }), fingerprintOf(''))).toBe(false);
  });

  it('read the same in a sentence-sized buffer', () => {
    const probe = probeOf(needOfPattern(raw`\bnot\s+selected\b`));
    const small = () => new Uint32Array(128);
    expect(fits(probe, fingerprintOf(fold('Sadly, you were not selected.'), small()))).toBe(true);
    expect(fits(probe, fingerprintOf(fold('We selected someone else.'), small()))).toBe(false);
  });

  it('never leave out a pattern that matches a sentence of the corpus, in any of the six languages', () => {
    let matched = 0;
    for (const item of loadCorpus().items) {
      const { subject, body } = readMail(toMailInput(item));
      const texts = [subject, ...splitSentences(body)].map((s) => toSentence(s).norm);
      texts.push(texts.join('\n'));
      for (const text of texts) {
        const print = fingerprintOf(fold(text));
        PATTERNS.forEach((patterns, lang) => {
          patterns.forEach((pattern, i) => {
            pattern.lastIndex = 0;
            if (!pattern.test(text)) return;
            matched++;
            if (!fits(PROBES[lang]?.[i] as Probe, print))
              expect.fail(`left out a pattern that matches "${text}"`);
          });
        });
      }
    }
    expect(matched).toBeGreaterThan(10_000);
  });

  it('never leave out a pattern that matches text made of the words the patterns need', () => {
    const words = new Set<string>();
    const collect = (need: Need) => {
      if (typeof need === 'string') words.add(need);
      else if (need) for (const part of 'all' in need ? need.all : need.any) collect(part);
    };
    const english = PATTERNS[0] ?? [];
    const needs = english.map((pattern) => needOfPattern(pattern.source));
    needs.forEach(collect);
    const word = fc.constantFrom(...words, 'you', 'we', "n't", 'not', 'the', 'a', ',', '.', 'Unfortunately');
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 14 }), (parts) => {
        const text = parts.join(' ');
        const folded = fold(text);
        const print = fingerprintOf(folded);
        english.forEach((pattern, i) => {
          pattern.lastIndex = 0;
          if (!pattern.test(text)) return;
          expect(holds(needs[i] ?? null, folded)).toBe(true);
          expect(fits(probeOf(needs[i] ?? null), print)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
