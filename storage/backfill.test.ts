import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import { addBackfilled } from './backfill';
import { ComebackDb } from './db';
import { countUnviewed, dismiss } from './rejections';

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
});
