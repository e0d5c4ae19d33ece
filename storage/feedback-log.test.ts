import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from './db';
import { cancelFollowUp, markFeedbackAsked, markFollowUpShown, recordFeedbackReply } from './feedback-log';
import { addManual } from './rejections';

const DAY = 24 * 60 * 60 * 1000;

let db: ComebackDb;
let id: number;
beforeEach(async () => {
  db = new ComebackDb(`test-${crypto.randomUUID()}`);
  id = await addManual(db, { company: 'Northwind' }, 1_000);
});
afterEach(async () => {
  await db.delete();
});

const logOf = async () => (await db.rejections.get(id))?.feedback;

describe('the feedback story', () => {
  it('notes the first ask only, with the template and a follow-up N days later', async () => {
    await markFeedbackAsked(db, id, 'feedbackWarm', 7, 5_000);
    await markFeedbackAsked(db, id, 'feedbackShort', 7, 9_000);
    expect(await logOf()).toEqual({
      askedAt: 5_000,
      templateId: 'feedbackWarm',
      followUpDueAt: 5_000 + 7 * DAY,
    });
  });

  it('plans no follow-up when reminders are off', async () => {
    await markFeedbackAsked(db, id, undefined, 0, 5_000);
    expect(await logOf()).toEqual({ askedAt: 5_000 });
  });

  it('shows the follow-up once, and not after a reply or when cancelled', async () => {
    await markFeedbackAsked(db, id, 'feedbackShort', 3, 0);
    expect(await markFollowUpShown(db, id, 10)).toBe(true);
    expect(await markFollowUpShown(db, id, 20)).toBe(false);
    expect((await logOf())?.followUpShownAt).toBe(10);

    const other = await addManual(db, { company: 'Initech' });
    await markFeedbackAsked(db, other, 'feedbackShort', 3, 0);
    await recordFeedbackReply(db, other, 2 * DAY, '  More depth in system design.  ');
    expect(await markFollowUpShown(db, other)).toBe(false);
    expect((await db.rejections.get(other))?.feedback).toMatchObject({
      repliedAt: 2 * DAY,
      reply: 'More depth in system design.',
    });

    const third = await addManual(db, { company: 'Globex' });
    await markFeedbackAsked(db, third, 'feedbackShort', 3, 0);
    await cancelFollowUp(db, third);
    expect(await markFollowUpShown(db, third)).toBe(false);
    expect((await db.rejections.get(third))?.feedback?.followUpDueAt).toBeUndefined();
  });

  it('records a reply that came without a noted ask, counting it as asked', async () => {
    await recordFeedbackReply(db, id, 7_000, '');
    expect(await logOf()).toEqual({ askedAt: 7_000, repliedAt: 7_000, reply: undefined });
  });

  it('leaves a removed rejection alone', async () => {
    expect(await markFeedbackAsked(db, id + 5, 'feedbackShort', 7)).toBeUndefined();
    expect(await db.rejections.count()).toBe(1);
  });
});
