import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detect } from '@/detector';
import { type OpenMessage, toReport } from '@/sites/pipeline';
import {
  correctionKeys,
  forgetCorrection,
  listCorrections,
  normalisePhrase,
  phraseKey,
  readCorrectionKey,
  senderKey,
  siteSenderKey,
} from './corrections';
import { ComebackDb } from './db';
import { addReported, dismiss } from './rejections';

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

describe('siteSenderKey', () => {
  it('learns the name on a site whose messages have no address, scoped to that site', () => {
    expect(siteSenderKey('linkedin', '  Jane   DOE ')).toBe('sender:linkedin:jane doe');
    expect(correctionKeys({ source: 'linkedin', fromName: 'Jane Doe', reasons: [] })).toEqual([
      'sender:linkedin:jane doe',
    ]);
  });

  it('learns no name alone where messages have addresses, nor an empty one', () => {
    expect(siteSenderKey('gmail', 'Acme Careers')).toBeUndefined();
    expect(siteSenderKey('outlook', 'Jane Doe')).toBeUndefined();
    expect(siteSenderKey('linkedin', '  ')).toBeUndefined();
    expect(siteSenderKey('linkedin', undefined)).toBeUndefined();
  });
});

describe('readCorrectionKey', () => {
  it('reads back every kind of key correctionKeys makes', () => {
    const keys = [
      ...correctionKeys({
        source: 'gmail',
        fromEmail: 'no-reply@us.greenhouse-mail.io',
        company: 'Acme Corp',
        reasons: ['Acme Corp has filled the role.'],
      }),
      ...correctionKeys({ source: 'outlook', fromEmail: 'Priya@Lumenfield.com', reasons: [] }),
      ...correctionKeys({ source: 'linkedin', fromName: 'Jane Doe', reasons: [] }),
    ];
    expect(keys.map(readCorrectionKey)).toEqual([
      { kind: 'sender', address: 'no-reply@us.greenhouse-mail.io', company: 'acme corp' },
      { kind: 'phrase', phrase: '{company} has filled the role.' },
      { kind: 'sender', address: 'priya@lumenfield.com' },
      { kind: 'siteSender', site: 'linkedin', name: 'jane doe' },
    ]);
    expect(readCorrectionKey('something:else')).toBeUndefined();
  });
});

describe('learning LinkedIn senders, and forgetting what was learned', () => {
  const NOW = Date.UTC(2024, 2, 5);
  let db: ComebackDb;

  beforeEach(() => {
    db = new ComebackDb(`corrections-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    await db.delete();
  });

  /** A LinkedIn message as its content script reads it (a name, no address) and reports it. */
  function linkedInReport(id: string, fromName: string, text: string) {
    const message: OpenMessage = { messageId: id, subject: '', fromName, text };
    const verdict = detect({ from: fromName, subject: '', text });
    expect(verdict.rejection).toBe(true);
    return toReport('linkedin', message, verdict, NOW);
  }

  const FIRST_WORDING =
    'Hi Alex,\n\nThank you for your interest in the Backend Engineer role at Acme. ' +
    'Unfortunately, we have decided to move forward with other candidates.\n\nBest,\nJane';
  const OTHER_WORDING =
    "Hi Alex,\n\nI'm sorry to let you know that the hiring team chose another candidate for the " +
    'Platform Engineer position at Acme. I wish you all the best in your search.\n\nJane';

  it("passes over Jane's next message, in other words, once one of hers was not a rejection", async () => {
    const first = linkedInReport('m1', 'Jane Doe', FIRST_WORDING);
    expect(await addReported(db, first, NOW)).toMatchObject({ status: 'added' });
    await dismiss(db, first.key, NOW);

    expect(await addReported(db, linkedInReport('m2', 'Jane Doe', OTHER_WORDING), NOW)).toEqual({
      status: 'dismissed',
    });
    // Her sender was learned, not the other wording: the same words from someone else are still noticed.
    expect(await addReported(db, linkedInReport('m3', 'Sam Lee', OTHER_WORDING), NOW)).toMatchObject({
      status: 'added',
    });
  });

  it('lists what was learned, the latest first, and notices Jane again once she is forgotten', async () => {
    const first = linkedInReport('m1', 'Jane Doe', FIRST_WORDING);
    await addReported(db, first, NOW);
    await dismiss(db, first.key, NOW);
    await db.corrections.put({ key: 'sender:priya@lumenfield.com', correctedAt: NOW + 1 });

    expect((await listCorrections(db)).map((correction) => correction.key)).toEqual([
      'sender:priya@lumenfield.com',
      'sender:linkedin:jane doe',
      'phrase:unfortunately, we have decided to move forward with other candidates.',
    ]);

    await forgetCorrection(db, 'sender:linkedin:jane doe');
    expect(await addReported(db, linkedInReport('m2', 'Jane Doe', OTHER_WORDING), NOW)).toMatchObject({
      status: 'added',
    });
    // The message she was corrected on stays dismissed: forgetting her is not taking that back.
    expect(await addReported(db, first, NOW)).toEqual({ status: 'dismissed' });
  });
});
