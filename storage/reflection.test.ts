import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from './db';
import { distinctSkills, saveReflection } from './reflection';
import { addManual } from './rejections';
import { foldSkill, listSkills, setSkillLearned } from './skills';

let db: ComebackDb;
let first: number;
let second: number;
beforeEach(async () => {
  db = new ComebackDb(`test-${crypto.randomUUID()}`);
  first = await addManual(db, { company: 'Northwind' });
  second = await addManual(db, { company: 'Initech' });
});
afterEach(async () => {
  await db.delete();
});

const skillNames = async () => (await listSkills(db)).map((skill) => skill.name);
const reflect = (id: number, missingSkills: string[], now = 1) =>
  saveReflection(db, id, { missingSkills }, now);

describe('skill names', () => {
  it('fold to one key however they are written', () => {
    expect(foldSkill('  SQL ')).toBe('sql');
    expect(foldSkill('ｓｑｌ')).toBe('sql');
    expect(foldSkill('Public   Speaking')).toBe('public speaking');
    expect(distinctSkills(['SQL', ' sql', '', '  ', 'Public  speaking'])).toEqual(['SQL', 'Public speaking']);
  });
});

describe('saveReflection', () => {
  it('saves ratings, notes and skills, dropping what is out of range or blank', async () => {
    await saveReflection(
      db,
      first,
      {
        prepared: 4,
        answersFit: 9,
        energy: 2.5,
        missingSkills: ['SQL', 'sql '],
        notes: '  Rushed the case study. ',
      },
      42,
    );
    expect((await db.rejections.get(first))?.reflection).toEqual({
      prepared: 4,
      answersFit: undefined,
      energy: undefined,
      missingSkills: ['SQL'],
      notes: 'Rushed the case study.',
      updatedAt: 42,
    });
  });

  it('rolls missing skills up into one list, one entry per folded name', async () => {
    await reflect(first, ['SQL', 'Public speaking'], 1);
    await reflect(second, ['sql', 'Figma'], 2);
    expect(await skillNames()).toEqual(['Public speaking', 'SQL', 'Figma']);
    expect((await db.skills.get('sql'))?.addedAt).toBe(1);
  });

  it('drops a skill taken out again, unless another reflection names it or it was learned', async () => {
    await reflect(first, ['SQL', 'Figma', 'Go']);
    await reflect(second, ['sql']);
    await setSkillLearned(db, 'go', true, 5);
    await reflect(first, []);
    expect(await skillNames()).toEqual(['SQL', 'Go']);
  });

  it('refuses a rejection that is gone, changing nothing', async () => {
    await expect(reflect(99, ['SQL'])).rejects.toThrow();
    expect(await db.skills.count()).toBe(0);
  });
});

describe('the skills list', () => {
  it('lists skills to learn oldest first, then learned ones most recent first', async () => {
    await reflect(first, ['A'], 1);
    await reflect(second, ['B', 'C'], 2);
    await setSkillLearned(db, 'a', true, 10);
    await setSkillLearned(db, 'c', true, 20);
    expect(await skillNames()).toEqual(['B', 'C', 'A']);
    await setSkillLearned(db, 'c', false);
    expect(await skillNames()).toEqual(['B', 'C', 'A']);
    expect((await db.skills.get('c'))?.learnedAt).toBeUndefined();
  });
});
