import { describe, expect, it } from 'vitest';
import { loadCorpus, toMailInput } from '../tests/corpus/corpus';
import { detect, detectRejection, detectRejectionInSteps } from './index';
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

  it('comes in steps that end on the same verdict, with pauses between the details of a rejection', () => {
    for (const mail of mails.slice(0, 200)) {
      const steps = detectRejectionInSteps(mail);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses += 1;
      expect(step.value).toEqual(detectRejection(mail));
      // One pause after reading and one after the sentences' decisions; a rejection's details come in more.
      if (step.value.rejection) expect(pauses).toBeGreaterThanOrEqual(4);
      else expect(pauses).toBe(2);
    }
  });

  it('never throws between its steps', () => {
    const hostile = {
      from: 'a@b.c',
      subject: 'x',
      get text(): string {
        throw new Error('unreadable');
      },
    };
    const steps = detectRejectionInSteps(hostile);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toMatchObject({ rejection: false, kind: 'other' });
  });
});
