import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from '@/storage/db';
import { selectionDraft } from '@/storage/draft';
import type { Rejection } from '@/storage/types';
import { SWITCHER_STEP } from './PlanPopup';
import { readPlanPopupStart } from './plan-popup-start';

const MARCH_1 = Date.UTC(2025, 2, 1, 12);

let db: ComebackDb;

beforeEach(() => {
  db = new ComebackDb(`start-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

/** `count` rejections a minute apart, oldest first; their ids in that order. */
async function store(count: number): Promise<number[]> {
  return (await db.rejections.bulkAdd(
    Array.from(
      { length: count },
      (_, index): Omit<Rejection, 'id'> => ({
        key: `gmail:start-${index}`,
        source: 'gmail',
        company: `Company ${index}`,
        excerpt: '',
        score: 0.9,
        reasons: [],
        receivedAt: MARCH_1 + index * 60_000,
        loggedAt: MARCH_1,
        viewed: 1,
        checklist: [],
      }),
    ),
    { allKeys: true },
  )) as number[];
}

describe('readPlanPopupStart', () => {
  it('reads the newest rejections, the one asked for among older ones, and the draft', async () => {
    const ids = await store(SWITCHER_STEP + 2);
    const draft = { company: 'Lumenfield', looksLikeRejection: true, createdAt: 5 };
    await selectionDraft.setValue(draft);

    const start = await readPlanPopupStart(db, Promise.resolve(ids[0]));

    expect(start.rejections?.status).toBe('ready');
    const newest = start.rejections?.status === 'ready' ? start.rejections.value : undefined;
    expect(newest?.newest.map((each) => each.id)).toEqual(ids.slice(-SWITCHER_STEP).reverse());
    expect(newest?.more).toBe(true);
    expect(start.chosen).toEqual({ status: 'ready', value: expect.objectContaining({ id: ids[0] }) });
    expect(start.draft).toEqual({ status: 'ready', value: draft });
  });

  it('has no rejection asked for when none was, and no draft when none is kept', async () => {
    await store(1);

    const start = await readPlanPopupStart(db, Promise.resolve(undefined));

    expect(start.chosen).toEqual({ status: 'ready', value: undefined });
    expect(start.draft).toEqual({ status: 'ready', value: null });
  });

  it('leaves out what it could not read, for the live reads to try again', async () => {
    await store(1);
    db.close({ disableAutoOpen: true });

    const start = await readPlanPopupStart(db, Promise.resolve(1));

    expect(start.rejections).toBeUndefined();
    expect(start.chosen).toBeUndefined();
    expect(start.draft).toEqual({ status: 'ready', value: null });
  });
});
