import { describe, expect, it, vi } from 'vitest';
import { loadCorpus, toMailInput } from '../../tests/corpus/corpus';
import { fold } from '../letters';
import { narrowedTo } from './gate';
import { PHRASE_SETS } from './index';
import type { Pattern } from './pattern';
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

describe('a detector narrowing its tables to each message', () => {
  it('gives every message of the corpus the verdict of one reading the whole tables', async () => {
    const items = loadCorpus().items.map(toMailInput);
    // Fresh tables for each detector: narrowing teaches each pattern its words, which sentences are then read with.
    const detectorWith = async (narrow: boolean) => {
      vi.resetModules();
      const [{ detectorFor }, { PHRASE_SETS: sets }] = await Promise.all([
        import('../judge'),
        import('./index'),
      ]);
      return detectorFor(sets, { narrow });
    };
    const whole = await detectorWith(false);
    const expected = items.map((input) => whole.detect(input));
    const narrowing = await detectorWith(true);
    expect(items.map((input) => narrowing.detect(input))).toEqual(expected);
    expect(items.length).toBeGreaterThan(400);
  });
});
