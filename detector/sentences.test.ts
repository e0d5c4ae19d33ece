import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('rejoins hard-wrapped lines and splits at sentence ends', () => {
    const body =
      'Thank you for your interest in the role at Acme Inc. and for your\ntime. We have decided not to proceed! Any questions?\n\nBest of luck';
    expect(splitSentences(body)).toEqual([
      'Thank you for your interest in the role at Acme Inc. and for your time.',
      'We have decided not to proceed!',
      'Any questions?',
      'Best of luck',
    ]);
  });

  it('keeps short lines such as greetings and list items apart', () => {
    expect(splitSentences('Hi Sam,\nUnfortunately we filled the role\n- item one\n- item two')).toEqual([
      'Hi Sam,',
      'Unfortunately we filled the role',
      '- item one',
      '- item two',
    ]);
  });

  it('does not split after common abbreviations', () => {
    expect(splitSentences('We spoke with Dr. Smith today. Thanks.')).toEqual([
      'We spoke with Dr. Smith today.',
      'Thanks.',
    ]);
  });

  it('bounds very long runs', () => {
    const parts = splitSentences('a '.repeat(2000));
    expect(parts.every((s) => s.length <= MAX_SENTENCE)).toBe(true);
    expect(parts.join('').replace(/\s/g, '').length).toBe(2000);
  });

  it('ends a sentence before closing quotes and brackets, not inside a line of them', () => {
    expect(splitSentences('We decided (sadly.)\nthen moved on')).toEqual([
      'We decided (sadly.)',
      'then moved on',
    ]);
    const wrapped = 'We have decided to move forward with other candidates for now';
    expect(splitSentences(`${wrapped}\n")\nNext`)).toEqual([`${wrapped} ") Next`]);
  });

  it('stays linear on hostile bodies: many wrapped lines, abbreviation chains and long runs of dots', () => {
    for (const body of [
      'a\n'.repeat(200_000),
      'A. '.repeat(100_000),
      '.'.repeat(300_000),
      'x!'.repeat(100_000),
    ]) {
      const started = performance.now();
      splitSentences(body);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
