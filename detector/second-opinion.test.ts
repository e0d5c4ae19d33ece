import { describe, expect, it, vi } from 'vitest';
import { type Classification, toSentence } from './classify';
import { withSecondOpinion } from './second-opinion';

const sentences = [
  'Your application',
  'Thank you for your interest in the role and for the time you gave us over the last few weeks.',
  'We have decided to go with a candidate whose experience is closer to what we need.',
  'We wish you every success in your search.',
].map(toSentence);
const rejection: Classification = { kind: 'rejection', score: 0.8, reasons: [sentences[2]?.text ?? ''] };
const undecided: Classification = { kind: 'other', score: 0, reasons: [] };

describe('withSecondOpinion', () => {
  it('keeps what the phrase tables decided when the likelihood agrees or is unsure', () => {
    expect(withSecondOpinion(rejection, () => 0.97, sentences)).toBe(rejection);
    expect(withSecondOpinion(rejection, () => 0.3, sentences)).toBe(rejection);
    expect(withSecondOpinion(undecided, () => 0.6, sentences)).toBe(undecided);
  });

  it('drops a rejection the likelihood finds no sign of', () => {
    expect(withSecondOpinion(rejection, () => 0.01, sentences)).toEqual({
      kind: 'other',
      score: 0.45,
      reasons: rejection.reasons,
    });
  });

  it('takes an undecided job-search message it is sure of as a rejection, with the sentences that weigh most', () => {
    const verdict = withSecondOpinion(undecided, () => 0.98, sentences);
    expect(verdict.kind).toBe('rejection');
    expect(verdict.score).toBeGreaterThanOrEqual(0.5);
    expect(verdict.score).toBeLessThan(0.9);
    expect(verdict.reasons).toContain(sentences[2]?.text);
    expect(verdict.reasons).not.toContain('Your application');
  });

  it('leaves a line or two to the phrase tables, either way', () => {
    const short = ['Re: shifts', 'Sorry, all covered this week.'].map(toSentence);
    expect(withSecondOpinion(undecided, () => 0.99, short)).toBe(undecided);
    const shortNo = { ...rejection, reasons: ['Sorry, all covered this week.'] };
    expect(withSecondOpinion(shortNo, () => 0.01, short)).toBe(shortNo);
  });

  it('never overrules a settled message, nor progress the tables saw', () => {
    const settled: Classification = { ...undecided, settled: true };
    expect(withSecondOpinion(settled, () => 0.99, sentences)).toBe(settled);
    const interview: Classification = { kind: 'interview', score: 0, reasons: [] };
    expect(withSecondOpinion(interview, () => 0.99, sentences)).toBe(interview);
  });

  it('works the likelihood out only for a verdict it may change', () => {
    const likelihood = vi.fn(() => 0.99);
    withSecondOpinion({ kind: 'interview', score: 0, reasons: [] }, likelihood, sentences);
    withSecondOpinion({ ...undecided, settled: true }, likelihood, sentences);
    withSecondOpinion({ ...rejection, score: 0.4 }, likelihood, sentences);
    expect(likelihood).not.toHaveBeenCalled();
    withSecondOpinion(undecided, likelihood, sentences);
    expect(likelihood).toHaveBeenCalledTimes(1);
  });
});
