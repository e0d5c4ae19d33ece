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
});
