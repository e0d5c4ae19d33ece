import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from './db';
import { listTemplates, resetTemplate, saveTemplate } from './templates';

let db: ComebackDb;
beforeEach(() => {
  db = new ComebackDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('templates', () => {
  it('keeps the user version of each template, and forgets it on reset', async () => {
    await saveTemplate(db, 'feedbackShort', { subject: ' Quick one ', body: 'Hi {recruiter}\n' }, 5);
    await saveTemplate(db, 'feedbackWarm', { subject: '', body: 'Hello' }, 6);
    await saveTemplate(db, 'feedbackShort', { subject: 'Quick one', body: 'Hi {recruiter}, thanks' }, 7);
    expect(await listTemplates(db)).toEqual([
      { id: 'feedbackShort', subject: 'Quick one', body: 'Hi {recruiter}, thanks', updatedAt: 7 },
      { id: 'feedbackWarm', subject: '', body: 'Hello', updatedAt: 6 },
    ]);
    await resetTemplate(db, 'feedbackShort');
    expect((await listTemplates(db)).map((template) => template.id)).toEqual(['feedbackWarm']);
  });

  it('refuses a template without a message', async () => {
    await expect(saveTemplate(db, 'feedbackShort', { subject: 'Hi', body: '  ' })).rejects.toThrow();
    expect(await listTemplates(db)).toEqual([]);
  });
});
