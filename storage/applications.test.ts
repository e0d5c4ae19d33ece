import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteApplication, listApplications, logApplication, updateApplication } from './applications';
import { ComebackDb } from './db';

let db: ComebackDb;
beforeEach(() => {
  db = new ComebackDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('applications', () => {
  it('logs an application after a rejection, with trimmed fields and the date given', async () => {
    const id = await logApplication(
      db,
      { company: ' Initech ', role: ' QA Lead ', appliedAt: 500, afterRejectionId: 7, note: '  ' },
      900,
    );
    expect(await db.applications.get(id)).toEqual({
      id,
      company: 'Initech',
      role: 'QA Lead',
      appliedAt: 500,
      afterRejectionId: 7,
    });
  });

  it('dates an application now when no date is given, and keeps absent fields absent', async () => {
    const id = await logApplication(db, { company: 'Hooli' }, 900);
    expect(await db.applications.get(id)).toEqual({ id, company: 'Hooli', appliedAt: 900 });
  });

  it('refuses an application without a company or with a date that is not one', async () => {
    await expect(logApplication(db, { company: '  ' })).rejects.toThrow(/company/);
    await expect(logApplication(db, { company: 'Hooli', appliedAt: Number.NaN })).rejects.toThrow(/date/);
    expect(await db.applications.count()).toBe(0);
  });

  it('lists the newest application first', async () => {
    await logApplication(db, { company: 'Old', appliedAt: 1 });
    await logApplication(db, { company: 'New', appliedAt: 3 });
    await logApplication(db, { company: 'Middle', appliedAt: 2 });
    expect((await listApplications(db)).map((each) => each.company)).toEqual(['New', 'Middle', 'Old']);
  });

  it('corrects the company, role and date, keeping the offer and where it came from', async () => {
    const id = await logApplication(db, { company: 'Hooli', role: 'Analyst', afterRejectionId: 4 }, 900);
    await db.applications.update(id, { offerAt: 1000 });
    await updateApplication(db, id, { company: ' Hooli XYZ ', role: '  ', appliedAt: 800 });
    expect(await db.applications.get(id)).toEqual({
      id,
      company: 'Hooli XYZ',
      appliedAt: 800,
      afterRejectionId: 4,
      offerAt: 1000,
    });
    await expect(updateApplication(db, id, { company: ' ', appliedAt: 800 })).rejects.toThrow(/company/);
    expect((await db.applications.get(id))?.company).toBe('Hooli XYZ');
  });

  it('deletes one application and no other', async () => {
    const gone = await logApplication(db, { company: 'Old' });
    await logApplication(db, { company: 'Kept' });
    await deleteApplication(db, gone);
    expect((await listApplications(db)).map((each) => each.company)).toEqual(['Kept']);
  });
});
