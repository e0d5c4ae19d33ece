import { describe, expect, it } from 'vitest';
import { loadCorpus, toMailInput } from '../tests/corpus/corpus';
import { detect, detectRejection } from './index';
import type { Verdict } from './types';

const mails = loadCorpus().items.map(toMailInput);

/** The verdict without what is read out of the message. */
function decisionOf({ rejection, score, kind, reasons, language }: Verdict) {
  return { rejection, score, kind, reasons, language };
}

describe('detectRejection', () => {
  it('reaches the same decision as detect on every corpus message', () => {
    for (const mail of mails) {
      const everything = detect(mail);
      const page = detectRejection(mail);
      expect(decisionOf(page)).toEqual(decisionOf(everything));
      if (everything.rejection) expect(page).toEqual(everything);
    }
  });

  it('reads no company, role or recruiter out of other mail', () => {
    const others = mails.map(detectRejection).filter((verdict) => !verdict.rejection);
    expect(others.length).toBeGreaterThan(100);
    for (const verdict of others) {
      expect(verdict.company).toBeUndefined();
      expect(verdict.role).toBeUndefined();
      expect(verdict.recruiter).toBeUndefined();
    }
    // detect itself still reads them: an interview invitation names its company.
    expect(
      mails.map(detect).filter((verdict) => !verdict.rejection && verdict.company).length,
    ).toBeGreaterThan(50);
  });
});
