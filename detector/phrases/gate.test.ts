import { describe, expect, it, vi } from 'vitest';
import { loadCorpus, toMailInput } from '../../tests/corpus/corpus';
import { fold } from '../letters';
import { learnWords, narrowedTo } from './gate';
import { PHRASE_SETS } from './index';
import { type Pattern, phrasePattern } from './pattern';

const raw = String.raw;

import type { PhraseSet } from './types';

const english = PHRASE_SETS[0] as PhraseSet;

/** Whether a pattern (global, as the tables' are) matches `text`, read from its start. */
function matches(pattern: Pattern, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

describe('narrowedTo', () => {
  const message = fold(
    'Your application\nUnfortunately, we have decided not to move forward with your application.',
  );
  const narrowed = narrowedTo(english, message);

  it('keeps the patterns whose words the message holds', () => {
    expect(narrowed.opener).toBe(english.opener);
    expect(matches(narrowed.opener, 'Unfortunately, we have decided')).toBe(true);
    expect(
      narrowed.rejection.some((signal) => matches(signal.re, 'we have decided not to move forward')),
    ).toBe(true);
  });

  it('leaves out the others, which then match nothing', () => {
    expect(narrowed.interview).not.toBe(english.interview);
    expect(matches(english.interview, 'We would like to invite you to an interview.')).toBe(true);
    expect(matches(narrowed.interview, 'We would like to invite you to an interview.')).toBe(false);
    expect(narrowed.rejection.length).toBeLessThan(english.rejection.length / 4);
  });

  it('leaves the tables themselves as they were', () => {
    expect(narrowedTo(english, fold('')).rejection.length).toBeLessThan(english.rejection.length);
    expect(matches(english.interview, 'We would like to invite you to an interview.')).toBe(true);
  });
});

describe('learnWords', () => {
  it('lets a pattern pass over a sentence without its words, from then on', () => {
    const pattern = phrasePattern(raw`\bnot\s+selected\b`);
    expect(pattern.passOver).toBeUndefined();
    learnWords(pattern);
    expect(pattern.passOver?.(fold('we selected someone else.'))).toBe(true);
    expect(pattern.passOver?.(fold('sadly, you were not selected.'))).toBe(false);
    pattern.lastIndex = 5;
    expect(pattern.exec('We selected someone else.')).toBeNull();
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.exec('Sadly, you were NOT selected.')?.[0]).toBe('NOT selected');
  });

  it('reads each sentence right once the prints of earlier ones are forgotten and their buffers written over', () => {
    const pattern = phrasePattern(raw`\bnot\s+selected\b`);
    learnWords(pattern);
    for (let round = 0; round < 3; round++)
      for (let n = 0; n < 100; n++) {
        expect(pattern.passOver?.(fold(`we selected candidate ${n} of round ${round}.`))).toBe(true);
        expect(pattern.passOver?.(fold(`candidate ${n}, you were not selected in round ${round}.`))).toBe(
          false,
        );
      }
  });
});

describe('a detector narrowing its tables to each message', () => {
  it('gives every message of the corpus the verdict of one reading the whole tables', async () => {
    const items = loadCorpus().items.map(toMailInput);
    // Fresh tables for each detector: narrowing teaches each pattern its words, which sentences are then read with.
    const detectorWith = async (narrow: boolean) => {
      vi.resetModules();
      const [{ detectorFor }, { extracting }, { PHRASE_SETS: sets }, gate] = await Promise.all([
        import('../judge'),
        import('../extract'),
        import('./index'),
        import('./gate'),
      ]);
      return detectorFor(sets, { extracting, narrowing: narrow ? gate.narrowedTo : undefined });
    };
    const whole = await detectorWith(false);
    const expected = items.map((input) => whole.detect(input));
    const narrowing = await detectorWith(true);
    expect(items.map((input) => narrowing.detect(input))).toEqual(expected);
    expect(items.length).toBeGreaterThan(400);
  });
});
