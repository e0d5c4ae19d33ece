import { describe, expect, it } from 'vitest';
import { BITS, bucketOf, bucketsOf, rejectionLikelihood, telling } from './likelihood';

describe('bucketsOf', () => {
  it('gives the buckets of the words and word pairs of the subject and body, lower case, apostrophes straight', () => {
    const features = ['your', 'application', 'we', "won't", 'proceed', 'your application', 'application we'];
    const expected = [...features, "we won't", "won't proceed"].map(bucketOf);
    expect(new Set(bucketsOf('Your Application', 'We won’t proceed.'))).toEqual(new Set(expected));
  });

  it('gives each bucket once, and reads only the start of a long body', () => {
    const buckets = bucketsOf('no no no', 'no no');
    expect(buckets).toEqual([...new Set(buckets)]);
    const long = `${'filler '.repeat(1000)}unfortunately`;
    expect(bucketsOf('', long)).not.toContain(bucketOf('unfortunately'));
  });
});

describe('bucketOf', () => {
  it('puts every feature in the table, the same one each time', () => {
    for (const feature of ['a', 'we regret', 'Bewerbung', '😀']) {
      const bucket = bucketOf(feature);
      expect(bucket).toBe(bucketOf(feature));
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(2 ** BITS);
    }
  });
});

describe('rejectionLikelihood', () => {
  it('is high for a plain rejection and low for an invitation, in English and German', () => {
    expect(
      rejectionLikelihood(
        'Your application',
        'Thank you for applying. Unfortunately we have decided not to move forward with your application.',
      ),
    ).toBeGreaterThan(0.9);
    expect(
      rejectionLikelihood(
        'Interview invitation',
        'We were impressed by your application and would like to invite you to an interview next week.',
      ),
    ).toBeLessThan(0.2);
    expect(
      rejectionLikelihood(
        'Ihre Bewerbung',
        'Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.',
      ),
    ).toBeGreaterThan(0.9);
  });
});

describe('telling', () => {
  it('points at the sentence that weighs most towards a rejection', () => {
    const sentences = [
      'Thanks for your time on Tuesday.',
      'Unfortunately we will not be moving forward with your application.',
      'Best wishes',
    ];
    expect(telling(sentences, 1)).toEqual([1]);
  });
});
