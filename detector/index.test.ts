import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from './index';
import type { MailInput } from './types';

const mail = (text: string, extra: Partial<MailInput> = {}): MailInput => ({
  from: 'Jane Doe <jane@acme.com>',
  subject: 'Your application',
  text,
  ...extra,
});

describe('detect: English rejections', () => {
  it('recognises a classic other-candidates rejection and fills in the reply details', () => {
    const verdict = detect(
      mail(
        `Hi Sam,

Thank you for your interest in the Senior Engineer position at Acme. After careful consideration, we have decided
to move forward with other candidates whose experience more closely matches our needs.

We wish you the best in your job search.

Best regards,
Jane Doe
Talent Acquisition | Acme`,
        { subject: 'Your application for Senior Engineer' },
      ),
    );
    expect(verdict.rejection).toBe(true);
    expect(verdict.kind).toBe('rejection');
    expect(verdict.score).toBeGreaterThanOrEqual(0.8);
    expect(verdict.reasons[0]).toContain('move forward with other candidates');
    expect(verdict.company).toBe('Acme');
    expect(verdict.role).toBe('Senior Engineer');
    expect(verdict.recruiter).toBe('Jane Doe');
    expect(verdict.replyTo).toBe('jane@acme.com');
    expect(verdict.language).toBe('en');
  });

  it.each([
    'Unfortunately, we will not be moving forward with your application at this time.',
    "We've decided not to proceed with your candidacy for the Data Analyst role.",
    'We regret to inform you that you have not been selected for the next stage.',
    'Your application for the Product Designer role was unsuccessful on this occasion.',
    'After reviewing your profile, we do not see a fit for this position at this time.',
    'The position you applied for has now been filled by another candidate.',
    'We are unable to offer you a position with the team at this time.',
    'We have decided to go with a candidate whose background better aligns with the role.',
    'We will not be taking your application any further.',
    'You are no longer under consideration for the Backend Engineer role.',
    'We have decided to close the Marketing Manager position and will not be hiring for it this year.',
    "Unfortunately, we can't sponsor visas, so we cannot move forward with your application.",
  ])('is a rejection: %s', (sentence) => {
    const verdict = detect(mail(`Hi Sam,\n\nThanks for applying to Acme.\n\n${sentence}\n\nBest,\nJane`));
    expect(verdict).toMatchObject({ rejection: true, kind: 'rejection' });
    expect(verdict.reasons.join(' ')).toContain(sentence.slice(0, 30));
  });
});

describe('detect: look-alikes', () => {
  it('does not count a conditional inside an acknowledgement', () => {
    const verdict = detect(
      mail(
        `Hi Sam,

Thanks for applying to the Product Designer role at Acme. We have received your application and our team will
review it. If you are not selected for this position, we will keep your CV on file. If we decide to move forward
with your application, we will contact you to schedule an interview.

The Acme Recruiting Team`,
        { from: 'Acme Careers <no-reply@acme.com>', subject: 'Thank you for applying' },
      ),
    );
    expect(verdict.rejection).toBe(false);
    expect(verdict.kind).toBe('acknowledgement');
    expect(verdict.replyTo).toBeUndefined();
    expect(verdict.company).toBe('Acme');
  });

  it.each([
    'Please note that an Archived status means you were not selected for the role.',
    'Should you not hear from us within two weeks, your application has not been successful.',
    'We will let you know in case your profile is not a match for the position.',
  ])('does not count the explainer: %s', (sentence) => {
    const verdict = detect(
      mail(`Thanks for applying for the Engineer role. ${sentence} We will review your CV soon.`),
    );
    expect(verdict.rejection).toBe(false);
  });

  it('sees an interview invitation as progress', () => {
    const verdict = detect(
      mail(
        "Hi Sam, we'd like to invite you to an interview for the Data Analyst role. Please share your availability.",
      ),
    );
    expect(verdict).toMatchObject({ rejection: false, kind: 'interview', role: 'Data Analyst' });
  });

  it('ignores an old rejection quoted under a reply', () => {
    const verdict = detect({
      from: 'Sam <sam@gmail.com>',
      subject: 'Re: Your application',
      text: `Thanks for letting me know, could you share any feedback?

On Mon, 3 Jun 2024 at 10:00, Jane Doe <jane@acme.com> wrote:
> Unfortunately, we will not be moving forward with your application.`,
    });
    expect(verdict.rejection).toBe(false);
    expect(verdict.company).toBeUndefined();
  });

  it('needs a job context', () => {
    const verdict = detect({
      from: 'Shop <hi@shop.example>',
      subject: 'Giveaway results',
      text: 'Unfortunately you were not selected for the giveaway. Better luck next time!',
    });
    expect(verdict.rejection).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    const odd = [
      undefined,
      null,
      {},
      { from: 42, subject: null, text: 7 },
      { from: '', subject: '', text: '', html: '<<<' },
    ];
    for (const input of odd) expect(() => detect(input as unknown as MailInput)).not.toThrow();
  });
});

describe('detect: HTML bodies', () => {
  it('reads the HTML when there is no text, leaving quoted history out', () => {
    const verdict = detect({
      from: 'Initech via Greenhouse <no-reply@us.greenhouse-mail.io>',
      subject: 'Your application to Initech',
      text: '',
      html: `<html><head><style>.x{color:red}</style></head><body>
        <p>Hi Sam,</p><p>Thank you for applying for the <b>QA Engineer</b> position.</p>
        <p>Unfortunately, we have decided to move forward with other candidates.</p>
        <p>Best regards,<br>Peter Gibbons<br>Recruiter, Initech</p></body></html>`,
    });
    expect(verdict).toMatchObject({
      rejection: true,
      company: 'Initech',
      role: 'QA Engineer',
      recruiter: 'Peter Gibbons',
    });
    expect(verdict.replyTo).toBeUndefined();
  });

  it('ignores a rejection that only sits in a Gmail quote', () => {
    const verdict = detect({
      from: 'Sam <sam@gmail.com>',
      subject: 'Re: Your application',
      text: '',
      html: '<div>Thanks, could you share feedback?</div><div class="gmail_quote"><div>Unfortunately, we will not be moving forward with your application.</div></div>',
    });
    expect(verdict.rejection).toBe(false);
  });
});

describe('detect: robustness', () => {
  it('stays fast on a megabyte of hostile text and HTML', () => {
    const hostile = `${'not '.repeat(50_000)}${'a'.repeat(300_000)} ${'If you are not selected, '.repeat(20_000)}`;
    const started = performance.now();
    detect({ from: 'x@y.z', subject: 'not '.repeat(1000), text: hostile });
    detect({ from: 'x@y.z', subject: 's', text: '', html: `<div class="a">${'<b>x</b>'.repeat(100_000)}` });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('keeps its promises on any input: no throw, score in range, rejection only for rejections', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.option(fc.string()),
        (from, subject, text, html) => {
          const verdict = detect({ from, subject, text, html: html ?? undefined });
          expect(verdict.score).toBeGreaterThanOrEqual(0);
          expect(verdict.score).toBeLessThanOrEqual(1);
          expect(verdict.rejection).toBe(verdict.kind === 'rejection' && verdict.score >= 0.5);
          expect(verdict.reasons.length).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 300 },
    );
  });
});
