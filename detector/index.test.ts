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

describe('detect: who is turned down, and whether it is news', () => {
  const from = 'Acme Talent <talent@acme.com>';

  it.each([
    "We've gone through every application, and I'm sorry to say it's a no from us for the Analyst role.",
    'Sadly this one is not going to work out, as the Analyst role needs a driving licence.',
    'We do not have a suitable opening for you in the analytics team at the moment.',
    'We have chosen to continue with a smaller group of applicants for the Analyst role.',
    "We won't be taking you through to the next stage for the Analyst role.",
    'We have archived your application for the Analyst role.',
  ])('hears a no without a decision verb: %s', (sentence) => {
    const verdict = detect({
      from,
      subject: 'Analyst role',
      text: `Hi Jo,

Thanks for applying.

${sentence}`,
    });
    expect(verdict).toMatchObject({ rejection: true, kind: 'rejection' });
  });

  it.each([
    [
      'someone else',
      "Thanks for the referral. We have decided not to move forward with Sam Lee's application.",
    ],
    ['history', 'You applied last spring. We did not move forward back then, but we are hiring again.'],
    ['a report', 'Kim told us the recruiter said they went with another candidate for the Analyst role.'],
    [
      'the reader among them',
      'We have decided to move forward with a smaller group who, like you, impressed the panel.',
    ],
    [
      'a quoted post',
      'Top thread:\n\n"Four rounds for the Analyst role. They went with another candidate. Normal?"\n12 replies',
    ],
  ])("leaves out a decision that is not the reader's news (%s)", (_, text) => {
    expect(detect({ from, subject: 'Hello', text }).rejection).toBe(false);
  });

  it('hears an agency relay the same way when the reader applied', () => {
    const text =
      'Thanks for your patience while Acme reviewed your application. The hiring manager said they went with another candidate.';
    expect(detect({ from: 'Dee <dee@agency.com>', subject: 'Acme feedback', text }).rejection).toBe(true);
  });

  it('needs a job, not an application alone', () => {
    const text = 'Thank you for applying. Unfortunately your application has not been successful this year.';
    expect(detect({ from: 'Awards <awards@fund.org>', subject: 'Your application', text }).rejection).toBe(
      false,
    );
    const title = 'Thanks for the chat. We are going to pass for now.';
    expect(
      detect({ from: 'Ana Ruiz <ana@loom.io>', subject: 'Loom / Growth Marketer', text: title }),
    ).toMatchObject({
      rejection: true,
    });
  });

  it('reads a filled role as news only when the reader applied for it', () => {
    const pitch =
      'The Analyst role you may have seen has been filled, but we just opened a Lead role. Open to a chat?';
    expect(detect({ from, subject: 'Opportunity at Acme', text: pitch }).rejection).toBe(false);
    const news =
      'Thank you for your interest in the Analyst role. The position has been filled. See similar jobs below.';
    expect(detect({ from, subject: 'Analyst role', text: news }).rejection).toBe(true);
    const reply = 'Hi Jo - we ended up filling both weekend barista spots already, sorry for the slow reply.';
    expect(
      detect({ from: 'Mark <mark@helios.ai>', subject: 'Re: weekend shifts', text: reply }).rejection,
    ).toBe(true);
    expect(detect({ from: 'Mark <mark@helios.ai>', subject: 'Weekend shifts', text: reply }).rejection).toBe(
      false,
    );
  });

  it('hears that the reader applied in French, an accented word ending the phrase', () => {
    const text =
      "Bonjour Julie,\n\nVous avez postulé au poste de comptable. Ce poste a été pourvu.\n\nCordialement,\nL'équipe Acme";
    expect(
      detect({ from: 'Recrutement Acme <emplois@acme.fr>', subject: 'Poste de comptable', text }).rejection,
    ).toBe(true);
  });

  it("hears a job board's closed job as news when the subject names the reader's application", () => {
    const text =
      'Coastal Credit Union\nMember Service Rep · Tampa, FL\nThe employer has closed this job and is no longer reviewing applications.\nApply to similar jobs';
    const from = 'Indeed <donotreply@match.indeed.com>';
    expect(detect({ from, subject: 'An update on your application', text }).rejection).toBe(true);
    expect(detect({ from, subject: 'Jobs for you in Tampa', text }).rejection).toBe(false);
  });

  it('takes a person choosing someone else as a job decision, without job words, only when they decided', () => {
    const chose =
      'Hey Ben - sorry, we went with someone else for front of house this time. Stop by sometime!';
    expect(detect({ from: 'Hannah <hannah@kinfolk.co>', subject: 're: FOH', text: chose }).rejection).toBe(
      true,
    );
    expect(detect({ from: 'Kinfolk <hello@kinfolk.co>', subject: 're: FOH', text: chose }).rejection).toBe(
      false,
    );
    const told = 'so they went with someone else. third time this month. drinks friday?';
    expect(
      detect({ from: 'Jake Moreno <jake.moreno@gmail.com>', subject: 'ugh', text: told }).rejection,
    ).toBe(false);
    const wedding = 'Quick update on the wedding: we went with another photographer in the end.';
    expect(detect({ from: 'Noor <noor@gmail.com>', subject: 'Re: Saturday', text: wedding }).rejection).toBe(
      false,
    );
  });

  it('reads a word of the company name in its domain as the name, not the topic', () => {
    const text = "Thanks for the pairing session. I'll keep it short - we're not going to move forward.";
    const subject = 'Paper Plane Labs - Design Engineer';
    expect(detect({ from: 'Sid <sid@paperplanelabs.io>', subject, text }).rejection).toBe(true);
    expect(detect({ from: 'Sid <sid@planelabs.io>', subject, text }).rejection).toBe(false);
  });

  it('does not take a subject with a dash for a line of a status legend', () => {
    const text = "Straight answer: we've gone with a contractor who knows our stack. Sorry it's not a yes.";
    expect(detect({ from: 'Sam <sam@okafor.io>', subject: 'Contract - DevOps', text }).rejection).toBe(true);
  });

  it('ignores a notice written to the hiring team', () => {
    const text =
      'Jo Park rejected Sam Lee for Analyst.\n\nRejection reason: Hired someone else\n\nView candidate';
    expect(
      detect({ from: 'Greenhouse <no-reply@greenhouse.io>', subject: 'Candidate rejected', text }),
    ).toMatchObject({
      rejection: false,
      kind: 'other',
    });
  });

  it.each([
    ['decided not to move forward wi\u2026', true],
    ['we will not be progressing your applica', true],
    ['we have decided not to proceed\u2026', true],
    ['we have decided to move forward with your applica\u2026', false],
  ])('reads a preview cut inside the decision: "%s"', (end, rejection) => {
    const text = `Hi Jo,\n\nThank you for applying for the Analyst role. After reviewing your application, ${end}`;
    expect(detect({ from, subject: 'Your application', text }).rejection).toBe(rejection);
  });

  it("hears an employer's reply that a job board hands on in quotation marks", () => {
    const text =
      'Hi Lotte,\n\nDe Bongerd heeft gereageerd op je sollicitatie voor de vacature Verkoper:\n\n"Beste Lotte, dank je. We hebben de vacature ingevuld met iemand uit de buurt. Groet, Harm"\n\nBekijk meer vacatures.';
    expect(detect({ from: 'Werkzoeken <info@werkzoeken.example>', subject: 'Reactie', text }).rejection).toBe(
      true,
    );
  });

  it('hears an employer\'s update a job board quotes after "sent an update about your application"', () => {
    const html =
      '<p>Hi Tyrone,</p><p><b>Ridgeline Tyres</b> sent an update about your application for <b>Fitter</b>:</p><div>"Thanks for applying. We have decided to go with other candidates this time."</div><p><a href="#">Find similar jobs</a></p>';
    const relayed = detect({
      from: 'Indeed <donotreply@match.indeed.com>',
      subject: 'Update',
      text: '',
      html,
    });
    expect(relayed).toMatchObject({ rejection: true, kind: 'rejection' });
    const cited = html.replace('sent an update about your application for', 'is hiring a');
    expect(
      detect({ from: 'Indeed <donotreply@match.indeed.com>', subject: 'Update', text: '', html: cited })
        .rejection,
    ).toBe(false);
  });

  it.each([
    [
      'a role closed for a while',
      "We've temporarily closed the Designer role while we interview our shortlist. We'll reach out if we re-open it.",
      'pause',
    ],
    [
      'a freeze with a conditional promise',
      'Because of a recruitment freeze we cannot proceed with this vacancy for now. Should the vacancy be re-opened, we will contact you.',
      'pause',
    ],
    [
      'a notice that the role is on hold and its applications closed',
      'We would like to inform you that the Analyst position has been put on hold due to a hiring freeze. All applications for this requisition have been closed.',
      'rejection',
    ],
    [
      'a suspended search the employer hopes to relaunch',
      'I regret to inform you that the search for the Lecturer post has been suspended for budget reasons. We hope to relaunch the search next year, and applications may be carried forward.',
      'pause',
    ],
    [
      'a freeze that ends the vacancy',
      'Because of a recruitment freeze this vacancy has been cancelled and will not be re-opened. We cannot progress your application.',
      'rejection',
    ],
  ])('tells a hold from a rejection: %s', (_, text, kind) => {
    expect(detect({ from, subject: 'Vacancy update', text }).kind).toBe(kind);
  });

  it('leaves a cut acknowledgement alone', () => {
    const text =
      'Thanks for applying for the Analyst role. We have received your application. Due to volume we are not able to respo';
    expect(detect({ from, subject: 'Thanks for applying', text }).rejection).toBe(false);
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
