import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import { ComebackDb } from './db';
import { DEFAULT_STEP_IDS } from './defaults';
import { clipExcerpt } from './excerpt';
import {
  addManual,
  addReported,
  countUnviewed,
  dismiss,
  listRejections,
  markViewed,
  newestRejections,
  rejectionTimes,
  SAME_APPLICATION_WINDOW_MS,
  setStepDone,
} from './rejections';

function report(overrides: Partial<RejectionReport> = {}): RejectionReport {
  return {
    key: 'gmail:18c2f0a1b2c3d4e5',
    source: 'gmail',
    messageId: '18c2f0a1b2c3d4e5',
    company: 'Northwind Labs',
    role: 'Product Designer',
    recruiterName: 'Priya Raman',
    recruiterEmail: 'priya@northwind.example',
    subject: 'Your application to Northwind Labs',
    excerpt:
      'Thank you for your interest. Unfortunately we have decided to move forward with other candidates.',
    score: 0.93,
    reasons: ['Unfortunately we have decided to move forward with other candidates.'],
    receivedAt: Date.UTC(2026, 10, 20),
    ...overrides,
  };
}

let db: ComebackDb;
beforeEach(() => {
  db = new ComebackDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('addReported', () => {
  it('stores a rejection once however often the message is reported', async () => {
    const first = await addReported(db, report());
    const second = await addReported(db, report({ score: 0.5 }));
    expect(first.status).toBe('added');
    expect(second).toEqual({ status: 'known', id: first.status === 'added' ? first.id : -1 });
    const stored = await db.rejections.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.score).toBe(0.93);
  });

  it('stores a message reported by several tabs at the same moment once', async () => {
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => addReported(db, report())));
    expect(await db.rejections.count()).toBe(1);
    expect(outcomes.filter((outcome) => outcome.status === 'added')).toHaveLength(1);
    const ids = new Set(outcomes.map((outcome) => ('id' in outcome ? outcome.id : undefined)));
    expect(ids.size).toBe(1);
  });

  it('keeps names, subject and address to a sane length whatever the page showed', async () => {
    const huge = 'A'.repeat(1_000_000);
    const outcome = await addReported(
      db,
      report({ key: `gmail:${huge}`, company: huge, role: huge, subject: huge, url: `https://x/${huge}` }),
    );
    const stored = await db.rejections.get(outcome.status === 'added' ? outcome.id : -1);
    expect(stored?.company?.length).toBe(200);
    expect(stored?.role?.length).toBe(200);
    expect(stored?.subject?.length).toBe(400);
    expect(stored?.url?.length).toBe(2048);
    expect(stored?.key.length).toBe(512);
    expect(await addReported(db, report({ key: `gmail:${huge}` }))).toEqual(
      outcome.status === 'added' ? { status: 'known', id: outcome.id } : {},
    );
  });

  it('starts unviewed, with its own fresh checklist and a short excerpt', async () => {
    const outcome = await addReported(db, report({ excerpt: 'word '.repeat(500) }));
    const stored = await db.rejections.get(outcome.status === 'added' ? outcome.id : -1);
    expect(stored?.viewed).toBe(0);
    expect(stored?.checklist.map((step) => step.id)).toEqual([...DEFAULT_STEP_IDS]);
    expect(stored?.checklist.every((step) => !step.done)).toBe(true);
    expect(stored?.excerpt.length).toBeLessThanOrEqual(280);
  });

  it('never logs a message again once the user said it is not a rejection', async () => {
    await addReported(db, report());
    await dismiss(db, report().key);
    expect(await db.rejections.count()).toBe(0);
    expect(await addReported(db, report())).toEqual({ status: 'dismissed' });
    expect(await db.rejections.count()).toBe(0);
  });
});

describe('learning from "Not a rejection"', () => {
  const greenhouse = 'no-reply@us.greenhouse-mail.io';

  async function dismissReport(overrides: Partial<RejectionReport>): Promise<void> {
    const outcome = await addReported(db, report(overrides));
    expect(outcome.status).toBe('added');
    await dismiss(db, report(overrides).key);
  }

  it('does not flag a personal sender again, whatever the message says', async () => {
    await dismissReport({ key: 'gmail:a', fromEmail: 'Priya@Northwind.example' });
    const next = report({
      key: 'gmail:b',
      fromEmail: 'priya@northwind.example',
      reasons: ['We went with someone else this time.'],
    });
    expect(await addReported(db, next)).toEqual({ status: 'dismissed' });
    expect(await db.rejections.count()).toBe(0);
  });

  it('a correction for Acme on Greenhouse does not silence Initech on Greenhouse', async () => {
    await dismissReport({
      key: 'gmail:acme-1',
      fromEmail: greenhouse,
      company: 'Acme',
      reasons: ['Acme is pausing this search.'],
    });
    const initech = report({
      key: 'gmail:initech-1',
      fromEmail: greenhouse,
      company: 'Initech',
      reasons: ['We will not be moving forward with your application.'],
    });
    expect((await addReported(db, initech)).status).toBe('added');

    const acmeAgain = report({
      key: 'gmail:acme-2',
      fromEmail: greenhouse,
      company: 'ACME',
      reasons: ['A different sentence entirely.'],
    });
    expect(await addReported(db, acmeAgain)).toEqual({ status: 'dismissed' });
  });

  it('does not flag the same deciding phrase again, from another sender and company', async () => {
    await dismissReport({
      key: 'gmail:webinar-1',
      fromEmail: 'events@contoso.example',
      company: 'Contoso',
      reasons: ['Unfortunately  Contoso cannot offer you a seat in webinar 3.'],
    });
    const sameTemplate = report({
      key: 'gmail:webinar-2',
      fromEmail: 'events@fabrikam.example',
      company: 'Fabrikam',
      reasons: ['unfortunately fabrikam cannot offer you a seat in webinar 12.'],
    });
    expect(await addReported(db, sameTemplate)).toEqual({ status: 'dismissed' });
    const otherPhrase = report({
      key: 'gmail:webinar-3',
      fromEmail: 'events@fabrikam.example',
      company: 'Fabrikam',
      reasons: ['We have decided to move forward with other candidates.'],
    });
    expect((await addReported(db, otherPhrase)).status).toBe('added');
  });

  it('keeps a rejection already stored when a correction comes later', async () => {
    const kept = await addReported(db, report({ key: 'gmail:kept', fromEmail: 'priya@northwind.example' }));
    await dismissReport({ key: 'gmail:later', fromEmail: 'priya@northwind.example' });
    expect(await addReported(db, report({ key: 'gmail:kept' }))).toEqual({
      status: 'known',
      id: kept.status === 'added' ? kept.id : -1,
    });
  });

  it('learns nothing from a rejection the user logged by hand or from selected text', async () => {
    for (const source of ['manual', 'selection'] as const) {
      const id = await addManual(db, { company: 'Contoso', note: 'We filled the role.', source });
      await dismiss(db, (await db.rejections.get(id))?.key ?? '');
    }
    expect(await db.rejections.count()).toBe(0);
    expect(await db.dismissals.count()).toBe(0);
    expect(await db.corrections.count()).toBe(0);
  });
});

describe('addManual', () => {
  it('logs a rejection by hand, already viewed, with trimmed fields', async () => {
    const id = await addManual(db, {
      company: '  Fabrikam ',
      role: ' ',
      note: 'Phone call from the hiring manager',
    });
    const stored = await db.rejections.get(id);
    expect(stored).toMatchObject({
      source: 'manual',
      company: 'Fabrikam',
      note: 'Phone call from the hiring manager',
    });
    expect(stored?.role).toBeUndefined();
    expect(await countUnviewed(db)).toBe(0);
  });

  it('logs one confirmed from selected text with its own source', async () => {
    const id = await addManual(db, { company: 'Initech', note: 'We filled the role.', source: 'selection' });
    const stored = await db.rejections.get(id);
    expect(stored).toMatchObject({ source: 'selection', company: 'Initech', note: 'We filled the role.' });
    expect(stored?.key).toMatch(/^selection:/);
  });

  it('refuses a rejection without a company and stores nothing', async () => {
    await expect(addManual(db, { company: '   ' })).rejects.toThrow(/company/);
    expect(await db.rejections.count()).toBe(0);
  });

  it('gives two hand-logged rejections at the same moment their own records', async () => {
    await Promise.all([addManual(db, { company: 'A' }, 1), addManual(db, { company: 'B' }, 1)]);
    expect(await db.rejections.count()).toBe(2);
  });

  it('removes a hand-logged one without remembering a message', async () => {
    const id = await addManual(db, { company: 'Contoso' });
    const stored = await db.rejections.get(id);
    await dismiss(db, stored?.key ?? '');
    expect(await db.rejections.count()).toBe(0);
    expect(await db.dismissals.count()).toBe(0);
  });
});

describe('one record per application, whichever source saw it', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const statusRow = (overrides: Partial<RejectionReport> = {}) =>
    report({
      key: 'greenhouse:northwind-42',
      source: 'greenhouse',
      messageId: undefined,
      recruiterName: undefined,
      recruiterEmail: undefined,
      subject: undefined,
      url: 'https://my.greenhouse.io/applications/42',
      company: 'northwind  labs',
      role: ' PRODUCT DESIGNER',
      excerpt: 'Not selected',
      receivedAt: Date.UTC(2026, 10, 2),
      ...overrides,
    });

  it('keeps the first record, fills what it lacked from the email, and leaves the badge alone', async () => {
    const first = await addReported(db, statusRow());
    const email = await addReported(db, report({ fromEmail: 'jobs@northwind.example' }));
    const id = first.status === 'added' ? first.id : -1;
    expect(email).toEqual({ status: 'known', id });
    const stored = await db.rejections.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      key: 'greenhouse:northwind-42',
      company: 'northwind  labs',
      excerpt: 'Not selected',
      url: 'https://my.greenhouse.io/applications/42',
      recruiterName: 'Priya Raman',
      fromEmail: 'jobs@northwind.example',
      subject: 'Your application to Northwind Labs',
    });
    expect(await countUnviewed(db)).toBe(1);
  });

  it('keeps two records for another role at the same company', async () => {
    await addReported(db, statusRow({ role: 'UX Researcher' }));
    expect((await addReported(db, report())).status).toBe('added');
    expect(await db.rejections.count()).toBe(2);
  });

  it('keeps two records when they came 60 days apart, but one within the window', async () => {
    await addReported(db, statusRow({ receivedAt: Date.UTC(2026, 10, 20) - 60 * DAY }));
    expect((await addReported(db, report())).status).toBe('added');
    const within = await addReported(
      db,
      statusRow({
        key: 'greenhouse:northwind-43',
        receivedAt: Date.UTC(2026, 10, 20) + SAME_APPLICATION_WINDOW_MS,
      }),
    );
    expect(within.status).toBe('known');
    expect(await db.rejections.count()).toBe(2);
  });

  it('keeps two records from the same source: two emails are two messages', async () => {
    await addReported(db, report({ key: 'gmail:first' }));
    expect((await addReported(db, report({ key: 'gmail:second' }))).status).toBe('added');
    expect(await db.rejections.count()).toBe(2);
  });

  it('keeps two records when the role is unknown on either side', async () => {
    await addReported(db, statusRow({ role: undefined }));
    expect((await addReported(db, report())).status).toBe('added');
    expect(await db.rejections.count()).toBe(2);
  });
});

describe('viewing and ticking', () => {
  it('counts unviewed rejections until each is viewed', async () => {
    const a = await addReported(db, report({ key: 'gmail:a', messageId: 'a' }));
    await addReported(db, report({ key: 'gmail:b', messageId: 'b' }));
    expect(await countUnviewed(db)).toBe(2);
    await markViewed(db, a.status === 'added' ? a.id : -1);
    expect(await countUnviewed(db)).toBe(1);
  });

  it('saves a tick on one rejection without touching another', async () => {
    const a = await addReported(db, report({ key: 'gmail:a', messageId: 'a' }));
    const b = await addReported(db, report({ key: 'gmail:b', messageId: 'b' }));
    const idA = a.status === 'added' ? a.id : -1;
    await setStepDone(db, idA, 'resume', true);
    const [storedA, storedB] = await Promise.all([
      db.rejections.get(idA),
      db.rejections.get('id' in b ? b.id : -1),
    ]);
    expect(storedA?.checklist.find((step) => step.id === 'resume')?.done).toBe(true);
    expect(storedB?.checklist.some((step) => step.done)).toBe(false);
  });

  it('starts each new rejection with its own copy of the checklist it is given', async () => {
    const steps = [
      { id: 'own-1', text: 'Call Sam', done: false },
      { id: 'resume', done: false },
    ];
    const reported = await addReported(db, report(), 1, steps);
    const manualId = await addManual(db, { company: 'Initech' }, 2, steps);
    steps.splice(0, steps.length);
    const reportedId = reported.status === 'added' ? reported.id : -1;
    await setStepDone(db, reportedId, 'own-1', true);
    expect((await db.rejections.get(reportedId))?.checklist).toEqual([
      { id: 'own-1', text: 'Call Sam', done: true },
      { id: 'resume', done: false },
    ]);
    expect((await db.rejections.get(manualId))?.checklist).toEqual([
      { id: 'own-1', text: 'Call Sam', done: false },
      { id: 'resume', done: false },
    ]);
  });

  it('lists the newest rejection first', async () => {
    await addReported(db, report({ key: 'gmail:old', company: 'Old', receivedAt: 1000 }));
    await addReported(db, report({ key: 'gmail:new', company: 'New', receivedAt: 2000 }));
    expect((await listRejections(db)).map((rejection) => rejection.company)).toEqual(['New', 'Old']);
  });
});

describe('newestRejections', () => {
  it('reads only the newest few, newest first, and says whether older ones are stored', async () => {
    for (const receivedAt of [1000, 5000, 3000, 4000, 2000])
      await addReported(db, report({ key: `gmail:${receivedAt}`, company: `C${receivedAt}`, receivedAt }));
    const { newest, more } = await newestRejections(db, 2);
    expect(newest.map((rejection) => rejection.company)).toEqual(['C5000', 'C4000']);
    expect(more).toBe(true);
    expect((await newestRejections(db, 5)).more).toBe(false);
  });

  it('reads nothing from an empty database', async () => {
    expect(await newestRejections(db, 5)).toEqual({ newest: [], more: false });
  });
});

describe('rejectionTimes', () => {
  it('gives every rejection its id and time, oldest first', async () => {
    const ids: Record<number, number> = {};
    for (const receivedAt of [3000, 1000, 2000]) {
      const outcome = await addReported(db, report({ key: `gmail:${receivedAt}`, receivedAt }));
      if (outcome.status === 'added') ids[receivedAt] = outcome.id;
    }
    expect(await rejectionTimes(db)).toEqual([
      { id: ids[1000], receivedAt: 1000 },
      { id: ids[2000], receivedAt: 2000 },
      { id: ids[3000], receivedAt: 3000 },
    ]);
  });
});

describe('clipExcerpt', () => {
  it('keeps short text and folds its white space', () => {
    expect(clipExcerpt('  We   regret\n\nto inform you ')).toBe('We regret to inform you');
  });

  it('cuts long text on a word boundary with an ellipsis', () => {
    const clipped = clipExcerpt('alpha beta gamma delta epsilon', 16);
    expect(clipped).toBe('alpha beta…');
  });
});
