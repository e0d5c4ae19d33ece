import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { LAZY_PATTERNS } from './lazy';
import { PHRASE_SETS } from './phrases';
import { warmUpSteps } from './warm-up';

const english = {
  from: 'Priya Raman <priya@lumenfield.com>',
  subject: 'Your application',
  text: 'Thank you for applying. After careful consideration, we have decided to move forward with other candidates.',
};
const german = {
  from: 'Katrin Ahlers <k.ahlers@hanseatic.de>',
  subject: 'Ihre Bewerbung',
  text: 'Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.',
};

describe('warmUpSteps', () => {
  it("builds the message's language and the shared regexes one step at a time, each once", () => {
    const before = detect(english);
    const steps = warmUpSteps(english, PHRASE_SETS);
    // English phrases (dozens) and every lazily built regex.
    expect(steps.length).toBeGreaterThan(LAZY_PATTERNS.length + 40);
    for (const step of steps) step();
    expect(warmUpSteps(english, PHRASE_SETS)).toEqual([]);
    expect(detect(english)).toEqual(before);
  });

  it('adds only the phrases of a language not yet prepared', () => {
    const steps = warmUpSteps(german, PHRASE_SETS);
    expect(steps.length).toBeGreaterThan(20);
    for (const step of steps) step();
    expect(warmUpSteps(german, PHRASE_SETS)).toEqual([]);
    expect(detect(german)).toMatchObject({ rejection: true, language: 'de' });
  });

  it('leaves every shared regex ready to search from the start', () => {
    for (const pattern of LAZY_PATTERNS) expect(pattern.lastIndex).toBe(0);
  });
});
