import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { parseSender } from './sender';

const run = (from: string, subject: string, body: string, signature: string[] = [], links = '') =>
  extract({ sender: parseSender(from), subject, body, signature, links });

describe('extract', () => {
  it('takes company and role from the body and the recruiter from the signature', () => {
    const found = run(
      'Jane Doe <jane@acme.com>',
      'Update',
      'Thank you for applying for the Senior Data Engineer position at Acme Labs.',
      ['Jane Doe', 'Recruiter | Acme Labs'],
    );
    expect(found).toEqual({
      company: 'Acme Labs',
      role: 'Senior Data Engineer',
      recruiter: 'Jane Doe',
      replyTo: 'jane@acme.com',
    });
  });

  it('names the employer, not the job board, for relayed decisions', () => {
    const found = run(
      'LinkedIn <jobs-noreply@linkedin.com>',
      'Your application to Backend Developer at Globex',
      'Your update from Globex. Unfortunately, Globex decided not to move forward.',
    );
    expect(found).toEqual({ company: 'Globex', role: 'Backend Developer' });
  });

  it('reads "Company via ATS" sender names and ATS sub-domains', () => {
    expect(
      run(
        'Initech via Greenhouse <no-reply@us.greenhouse-mail.io>',
        'Thanks',
        'We have decided not to proceed.',
      ).company,
    ).toBe('Initech');
    expect(run('Workday <globex@myworkday.com>', 'Update', 'We have decided not to proceed.').company).toBe(
      'Globex',
    );
    expect(
      run('no-reply@hire.lever.co', 'Update', 'Decided.', [], 'https://jobs.lever.co/umbrella/42').company,
    ).toBe('Umbrella');
  });

  it('reads team names and falls back on the sender domain', () => {
    expect(
      run('Careers <careers@hooli.com>', 'Update', 'Thank you.', ['The Hooli Recruiting Team']).company,
    ).toBe('Hooli');
    expect(run('Jane <jane@vandelay.com>', 'Update', 'Thank you.').company).toBe('Vandelay');
  });

  it('takes the person from "Name at Company" and the role from "the X role"', () => {
    const found = run('Jane Doe at Acme <jane@acme-mail.com>', 'Update', 'We filled the UX Researcher role.');
    expect(found).toMatchObject({ recruiter: 'Jane Doe', company: 'Acme', role: 'UX Researcher' });
  });

  it('skips phrases that are not job titles', () => {
    const found = run(
      'jane@acme.com',
      'Update',
      'Thank you for the time you invested in the role. We filled the Support Engineer role.',
    );
    expect(found.role).toBe('Support Engineer');
  });

  it('offers no reply address for no-reply senders, unless the signature gives a person', () => {
    expect(run('Acme <no-reply@acme.com>', 'Update', 'Text').replyTo).toBeUndefined();
    expect(run('Acme <no-reply@acme.com>', 'Update', 'Text', ['Jane Doe', 'jane.doe@acme.com']).replyTo).toBe(
      'jane.doe@acme.com',
    );
  });

  it('reads employers from subjects and relays in other languages', () => {
    expect(
      run(
        'InfoJobs <noreply@infojobs.net>',
        'Tu candidatura en Distribuciones Levante ha sido descartada',
        'Estado: Descartado',
      ).company,
    ).toBe('Distribuciones Levante');
    expect(
      run(
        'StepStone <noreply@stepstone.de>',
        'Neuigkeiten',
        'Weidner Medizintechnik hat Ihre Bewerbung geprüft.',
      ).company,
    ).toBe('Weidner Medizintechnik');
    expect(
      run('Grünwald Consulting <karriere@gruenwald-consulting.de>', 'Absage', 'Leider nicht.').company,
    ).toBe('Grünwald Consulting');
  });

  it('names the client, not the agency that passes on the decision', () => {
    const found = run(
      'Whitlock Hughes Recruitment <candidates@whitlockhughes.com>',
      'Feedback',
      "I've had feedback from Dunmore Foods regarding the Finance Business Partner role.",
    );
    expect(found).toMatchObject({ company: 'Dunmore Foods', role: 'Finance Business Partner' });
  });

  it('prefers the fullest name a real source wrote and splits glued domains', () => {
    expect(
      run(
        'Quillstone Software GmbH <jobs@quillstone.de>',
        'Update',
        'Thanks for your interest in Quillstone.',
      ).company,
    ).toBe('Quillstone Software GmbH');
    expect(run('"Elena Petrova" <elena.petrova@halcyonlabs.io>', 'Update', 'Thank you.').company).toBe(
      'Halcyon Labs',
    );
  });

  it('weighs a name repeated by thousands of links once, and quickly', () => {
    const links = 'https://globex.wd5.myworkdayjobs.com/careers/job/123 '.repeat(8_000);
    const started = performance.now();
    const found = run(
      'Jane Doe <jane@acme.com>',
      'Update',
      'Thank you for your interest in Acme.',
      [],
      links,
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found.company).toBe('Globex');
  });

  it('never takes a word that opens a sentence, or a person, for the company', () => {
    expect(
      run(
        'Hiring <jobs@fernhollow.com>',
        'Update',
        "Just a note: we've decided not to proceed. We've thanked the panel.",
      ),
    ).toMatchObject({ company: 'Fernhollow' });
    expect(
      run(
        'no-reply@greenhouse.io',
        'Update',
        'Thanks for the time with Priya and Tomasz and for your interest in Harbourline.',
      ).company,
    ).toBe('Harbourline');
    expect(run('Ik <lotte@vosmaer.nl>', 'Update', 'Ik heb helaas geen goed nieuws.').company).toBe('Vosmaer');
  });

  it('looks past the applicant tracking system to the employer', () => {
    expect(
      run('Personio Recruiting <jobs@brightfeld.jobs.personio.de>', 'Deine Bewerbung', 'Leider nicht.')
        .company,
    ).toBe('Brightfeld');
    expect(
      run('Gupy <naoresponda@gupy.com.br>', 'Lumiar Seguros | Retorno', 'Infelizmente não seguiremos.', [
        'Time de Gente Lumiar Seguros',
      ]).company,
    ).toBe('Lumiar Seguros');
  });

  it('reads labelled fields and job-board cards', () => {
    expect(
      run(
        'NHS Jobs <noreply@jobs.nhs.uk>',
        'Outcome',
        'Job title: Healthcare Assistant\nEmployer: Northfield and Ashby NHS Trust\n\nNot shortlisted.',
      ),
    ).toMatchObject({ company: 'Northfield and Ashby NHS Trust', role: 'Healthcare Assistant' });
    expect(
      run('Karriere <x@portal.de>', 'Status', 'Arbeitgeber: Stadtwerke Hohenau\nLeider nicht.').company,
    ).toBe('Stadtwerke Hohenau');
    expect(
      run(
        'Reed <reed@reed.co.uk>',
        'Status changed',
        "Picker Packer\nSainsbury's - Daventry\n\nStatus: Unsuccessful",
      ),
    ).toMatchObject({ company: "Sainsbury's", role: 'Picker Packer' });
  });

  it('names the client an agency writes for, whatever the agency is called', () => {
    expect(
      run(
        'Hartley Search <noreply@hartleysearch.co.uk>',
        'Update',
        'Thank you for applying for the Quantity Surveyor role with our client, Ashgrove Construction, in Leeds.',
      ).company,
    ).toBe('Ashgrove Construction');
  });

  it('takes the fuller name the message keeps to over a shorter sender name', () => {
    expect(
      run(
        'Orbis Careers <careers@orbistech.com>',
        'OrbisTech - Interview status',
        'Thank you for your interview for the position of Analyst at OrbisTech.',
        ['OrbisTech Talent Acquisition'],
      ).company,
    ).toBe('OrbisTech');
  });

  it('keeps the name the sender signs with over a branch or a place named in the text', () => {
    expect(
      run(
        'Halden Careers <careers@halden.com>',
        'Your Halden application',
        'Thank you for applying for the Customer Assistant role at Halden Superstore Cheshire Oaks.',
        ['Halden Recruitment'],
      ).company,
    ).toBe('Halden');
  });

  it('reads the company from a closing the message ends on, or from a corporate address', () => {
    expect(
      run(
        'no-reply@greenhouse.io',
        'Update',
        'We will not proceed.\n\nLe Service Recrutement - Crédit Armorique',
      ).company,
    ).toBe('Crédit Armorique');
    expect(run('Megan Ortiz <megan.ortiz@comcast.com>', 'Update', 'We will not proceed.').company).toBe(
      'Comcast',
    );
    expect(run('Megan <megan@comcast.net>', 'Update', 'We will not proceed.').company).toBeUndefined();
  });

  it('weighs links to thousands of different companies by the first ones only', () => {
    // 1 MB of links to 7,000 companies ("Firmaaa", "Firmaab", …), the last one linked four times.
    const slug = (i: number) =>
      `firm${String.fromCharCode(97 + Math.floor(i / 676), 97 + (Math.floor(i / 26) % 26), 97 + (i % 26))}`;
    const link = (i: number) =>
      `https://${slug(i)}.wd5.myworkdayjobs.com/en-US/careers/job/R${i}?source=email `;
    const links =
      `${Array.from({ length: 7_000 }, (_, i) => link(i)).join('')}${link(6_999).repeat(3)}`.padEnd(
        1_000_000,
        ' ',
      );
    const found = run('Talent Team <no-reply@myworkday.com>', 'Update', 'Thank you for applying.', [], links);
    expect(found.company).toBe('Firmaaa');
  });
});
