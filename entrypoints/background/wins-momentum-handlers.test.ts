import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import { ComebackDb } from '@/storage/db';
import { readPreferences } from '@/storage/preferences';
import { NO_EFFECTS } from '@/tests/unit/no-effects';
import { createHandlers } from './handlers';

const report: RejectionReport = {
  key: 'gmail:msg-1',
  source: 'gmail',
  company: 'Lumenfield',
  excerpt: 'We have decided to move forward with other candidates.',
  score: 0.9,
  reasons: [],
  receivedAt: 1000,
};

let db: ComebackDb;
let handlers: ReturnType<typeof createHandlers>;
const sender = {};

beforeEach(() => {
  db = new ComebackDb(`test-${crypto.randomUUID()}`);
  handlers = createHandlers(db, NO_EFFECTS);
});
afterEach(async () => {
  await db.delete();
});

async function reported(fields: Partial<RejectionReport> = {}): Promise<number> {
  const outcome = await handlers.reportRejection({ ...report, ...fields }, sender);
  if (outcome.status !== 'added') throw new Error(`not added: ${outcome.status}`);
  return outcome.id;
}

describe('the default checklist, through the background', () => {
  it('gives each new rejection, detected or logged by hand, a copy of the steps the user set', async () => {
    const before = await reported();
    await handlers.setChecklistSteps(
      {
        steps: [
          { id: 'reachOut', text: ' Call  Sam ' },
          { id: 'own-1', text: 'Walk in the park' },
          { id: 'own-2' },
        ],
      },
      sender,
    );
    expect((await readPreferences()).checklistSteps).toEqual([
      { id: 'reachOut', text: 'Call Sam' },
      { id: 'own-1', text: 'Walk in the park' },
    ]);

    const detected = await reported({ key: 'gmail:msg-2' });
    const { id: byHand } = await handlers.logManualRejection({ company: 'Initech' }, sender);
    const expected = [
      { id: 'reachOut', text: 'Call Sam', done: false },
      { id: 'own-1', text: 'Walk in the park', done: false },
    ];
    expect((await db.rejections.get(detected))?.checklist).toEqual(expected);
    expect((await db.rejections.get(byHand))?.checklist).toEqual(expected);
    expect((await db.rejections.get(before))?.checklist.map((step) => step.id)).toEqual([
      'resume',
      'coverLetter',
      'learnSkill',
      'reachOut',
      'community',
      'reflect',
    ]);
  });
});

describe('the mentor, through the background', () => {
  it('keeps the mentor tidy, refuses a bad address without losing the one kept, and forgets on request', async () => {
    await handlers.setMentor({ mentor: { name: ' Sam ', email: 'sam@example.org' } }, sender);
    expect((await readPreferences()).mentor).toEqual({ name: 'Sam', email: 'sam@example.org' });
    await expect(handlers.setMentor({ mentor: { name: 'Sam', email: 'nope' } }, sender)).rejects.toThrow();
    expect((await readPreferences()).mentor).toEqual({ name: 'Sam', email: 'sam@example.org' });
    await handlers.setMentor({ mentor: null }, sender);
    expect((await readPreferences()).mentor).toBeNull();
  });

  it('keeps other preferences when the mentor and the checklist are saved at once', async () => {
    await Promise.all([
      handlers.setMentor({ mentor: { name: 'Sam' } }, sender),
      handlers.setChecklistSteps({ steps: [{ id: 'resume' }] }, sender),
    ]);
    const saved = await readPreferences();
    expect(saved.mentor).toEqual({ name: 'Sam' });
    expect(saved.checklistSteps).toEqual([{ id: 'resume' }]);
  });
});

describe('wins and applications, through the background', () => {
  it('adds a list, stars and tags a win, deletes it and brings it back', async () => {
    const { ids } = await handlers.addWins(
      { texts: ['Shipped the app', 'shipped the app', 'Ran a marathon'] },
      sender,
    );
    expect(ids).toHaveLength(2);
    const [first = -1] = ids;
    await handlers.updateWin({ id: first, starred: true, tags: ['work'] }, sender);
    const { win } = await handlers.deleteWin({ id: first }, sender);
    expect(win).toMatchObject({ text: 'Shipped the app', starred: 1, tags: ['work'] });
    expect(await db.wins.count()).toBe(1);
    if (!win) throw new Error('expected the deleted win');
    await handlers.restoreWin({ win }, sender);
    expect(await db.wins.get(first)).toEqual(win);
    expect(await handlers.deleteWin({ id: 999 }, sender)).toEqual({ win: null });
  });

  it('logs an application after a rejection', async () => {
    const rejectionId = await reported();
    const { id } = await handlers.logApplication(
      { company: 'Initech', role: 'QA Lead', appliedAt: 5000, afterRejectionId: rejectionId },
      sender,
    );
    expect(await db.applications.get(id)).toEqual({
      id,
      company: 'Initech',
      role: 'QA Lead',
      appliedAt: 5000,
      afterRejectionId: rejectionId,
    });
  });
});
