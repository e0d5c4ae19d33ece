import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import { addBackfilled } from './backfill';
import { ComebackDb } from './db';
import { addReported, countUnviewed, dismiss } from './rejections';
import { foldSubject } from './same-message';

function report(key: string, company = 'Northwind'): RejectionReport {
  return {
    key,
    source: 'mbox',
    company,
    excerpt: 'We have decided to move forward with other candidates.',
    score: 0.9,
    reasons: ['We have decided to move forward with other candidates.'],
    fromEmail: `jobs@${company.toLowerCase()}.example`,
    receivedAt: 1_000,
  };
}

let db: ComebackDb;
beforeEach(() => {
  db = new ComebackDb(`backfill-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('storing rejections found in a mailbox export', () => {
  it('stores each once, counting only the new ones, and leaves the badge alone', async () => {
    expect(await addBackfilled(db, [report('mbox:a'), report('mbox:b'), report('mbox:a')])).toEqual({
      added: 2,
    });
    expect(await addBackfilled(db, [report('mbox:b'), report('mbox:c')])).toEqual({ added: 1 });
    expect((await db.rejections.toArray()).map((rejection) => rejection.key)).toEqual([
      'mbox:a',
      'mbox:b',
      'mbox:c',
    ]);
    expect(await countUnviewed(db)).toBe(0);
  });

  it('stores each as seen in one write, never marking it seen after', async () => {
    const updates: unknown[] = [];
    db.rejections.hook('updating', (changes) => {
      updates.push(changes);
    });
    await addBackfilled(db, [report('mbox:a'), report('mbox:b')]);
    expect(updates).toEqual([]);
    expect((await db.rejections.toArray()).map((rejection) => rejection.viewed)).toEqual([1, 1]);
  });

  it('skips a message the user said is not a rejection, and its sender', async () => {
    await addBackfilled(db, [report('mbox:a', 'Contoso')]);
    await dismiss(db, 'mbox:a');
    expect(await addBackfilled(db, [report('mbox:a', 'Contoso')])).toEqual({ added: 0 });
    expect(await db.rejections.count()).toBe(0);
  });

  it('starts each with the checklist it is given', async () => {
    await addBackfilled(
      db,
      [report('mbox:a'), report('mbox:b')],
      [{ id: 'own-1', text: 'Call Sam', done: false }],
    );
    const stored = await db.rejections.toArray();
    expect(stored.map((rejection) => rejection.checklist)).toEqual([
      [{ id: 'own-1', text: 'Call Sam', done: false }],
      [{ id: 'own-1', text: 'Call Sam', done: false }],
    ]);
  });

  it('skips a message a mail site logged already under its own id: same sender, subject and day', async () => {
    const subject = 'Your application to Northwind';
    const received = Date.UTC(2026, 2, 3, 9);
    await addReported(db, {
      ...report('gmail:18c2f0a1b2c3d4e5'),
      source: 'gmail',
      fromEmail: 'Jobs@Northwind.example',
      subject,
      receivedAt: received,
    });
    const fromExport = {
      ...report('mbox:<abc@northwind.example>'),
      subject: `Re:  ${subject.toUpperCase()} `,
      receivedAt: received + 2 * 60 * 60 * 1000,
    };
    expect(await addBackfilled(db, [fromExport])).toEqual({ added: 0 });
    expect(await db.rejections.count()).toBe(1);
  });

  it('is not logged again when the mail site later opens the same message, and only fills what it lacked', async () => {
    const received = Date.UTC(2026, 2, 3, 9);
    const fromExport = {
      ...report('mbox:<abc@northwind.example>'),
      subject: 'Your application',
      receivedAt: received,
    };
    await addBackfilled(db, [fromExport]);
    const [stored] = await db.rejections.toArray();

    const opened = await addReported(db, {
      ...report('gmail:18c2f0a1b2c3d4e5'),
      source: 'gmail',
      company: undefined,
      fromEmail: 'Jobs@Northwind.example',
      subject: 'Re: Your application',
      threadId: '18c2f0a1',
      receivedAt: received + 60 * 60 * 1000,
    });
    expect(opened).toEqual({ status: 'known', id: stored?.id });
    const after = await db.rejections.toArray();
    expect(after).toEqual([{ ...stored, threadId: '18c2f0a1' }]);
    expect(await countUnviewed(db)).toBe(0);
  });

  it('stores a message with the same sender and subject sent on another day, or with another subject', async () => {
    const received = Date.UTC(2026, 2, 3, 9);
    await addReported(db, {
      ...report('gmail:a'),
      source: 'gmail',
      subject: 'Your application',
      receivedAt: received,
    });
    const later = {
      ...report('mbox:b'),
      subject: 'Your application',
      receivedAt: received + 2 * 24 * 60 * 60 * 1000,
    };
    const other = { ...report('mbox:c'), subject: 'Your interview', receivedAt: received };
    expect(await addBackfilled(db, [later, other])).toEqual({ added: 2 });
  });
});

describe('foldSubject', () => {
  it('drops reply and forward markers, case and spacing', () => {
    expect(foldSubject('  RE: Fwd:  Your   Application ')).toBe('your application');
    expect(foldSubject('Your application: next steps')).toBe('your application: next steps');
    expect(foldSubject(undefined)).toBe('');
  });
});
