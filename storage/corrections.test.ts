import { describe, expect, it } from 'vitest';
import { correctionKeys, normalisePhrase, phraseKey, senderKey } from './corrections';

describe('senderKey', () => {
  it('learns a personal or company address as is, in lowercase', () => {
    expect(senderKey(' Priya.Raman@Lumenfield.com ', 'Lumenfield')).toBe('sender:priya.raman@lumenfield.com');
    expect(senderKey('newsletter@gmail.com', undefined)).toBe('sender:newsletter@gmail.com');
  });

  it('learns a shared ATS or job-board address only together with the company', () => {
    for (const address of [
      'no-reply@us.greenhouse-mail.io',
      'notifications@myworkday.com',
      'no-reply@hire.lever.co',
      'no-reply@ashbyhq.com',
      'mail@smartrecruiters.com',
      'donotreply@icims.com',
      'noreply@workablemail.com',
      'jobs-noreply@linkedin.com',
      'no-reply@indeed.com',
    ]) {
      expect(senderKey(address, ' Acme  Corp '), address).toBe(`sender:${address}#acme corp`);
    }
  });

  it('learns nothing from a shared address when the company is unknown, or from no address', () => {
    expect(senderKey('no-reply@us.greenhouse-mail.io', undefined)).toBeUndefined();
    expect(senderKey('no-reply@us.greenhouse-mail.io', '  ')).toBeUndefined();
    expect(senderKey(undefined, 'Acme')).toBeUndefined();
    expect(senderKey('Acme Careers', 'Acme')).toBeUndefined();
    expect(senderKey('someone@', 'Acme')).toBeUndefined();
  });
});

describe('normalisePhrase', () => {
  it('lowercases, masks digits and the company, and folds white space', () => {
    expect(
      normalisePhrase('After reviewing all  200 applications,\n ACME has decided not to proceed.', 'Acme'),
    ).toBe('after reviewing all # applications, {company} has decided not to proceed.');
  });

  it('reads the same template from two employers as one phrase', () => {
    const acme = normalisePhrase('Thank you for your interest in Acme’s team.', 'Acme');
    const initech = normalisePhrase("Thank you for your interest in Initech's team.", 'Initech');
    expect(acme).toBe(initech);
  });

  it('masks nothing but digits when the company is unknown', () => {
    expect(normalisePhrase('Role 42 at Acme is filled.')).toBe('role # at acme is filled.');
  });
});

describe('correctionKeys', () => {
  it('gives the sender and the first deciding phrase', () => {
    expect(
      correctionKeys({
        source: 'gmail',
        fromEmail: 'no-reply@us.greenhouse-mail.io',
        company: 'Acme',
        reasons: ['Acme has filled the role.', 'A second reason.'],
      }),
    ).toEqual(['sender:no-reply@us.greenhouse-mail.io#acme', 'phrase:{company} has filled the role.']);
  });

  it('gives only what is known', () => {
    expect(correctionKeys({ source: 'outlook', reasons: [] })).toEqual([]);
    expect(phraseKey(['   '])).toBeUndefined();
  });

  it('learns nothing from a status page, whose wording is the same for every employer', () => {
    expect(
      correctionKeys({ source: 'indeed', company: 'Acme', reasons: ['Not selected by employer'] }),
    ).toEqual([]);
    expect(correctionKeys({ source: 'manual', company: 'Acme', reasons: ['Phone call'] })).toEqual([]);
  });
});
