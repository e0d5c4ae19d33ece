import type { ComebackDb } from './db';
import type { Skill } from './types';

/** The name as written, tidied: "  public   speaking " is "public speaking". */
export function tidySkillName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** One key per skill however it is written: "SQL", "sql " and "ｓｑｌ" are the same skill. */
export function foldSkill(name: string): string {
  return tidySkillName(name).toLocaleLowerCase();
}

/** Skills to learn first (oldest first, then by name), then the ones learned (most recent first). */
export async function listSkills(db: ComebackDb): Promise<Skill[]> {
  const skills = await db.skills.toArray();
  const toLearn = skills
    .filter((skill) => skill.learnedAt === undefined)
    .sort((a, b) => a.addedAt - b.addedAt || a.name.localeCompare(b.name));
  const learned = skills
    .filter((skill) => skill.learnedAt !== undefined)
    .sort((a, b) => (b.learnedAt ?? 0) - (a.learnedAt ?? 0));
  return [...toLearn, ...learned];
}

export async function setSkillLearned(
  db: ComebackDb,
  key: string,
  learned: boolean,
  now = Date.now(),
): Promise<void> {
  await db.skills.update(key, { learnedAt: learned ? now : undefined });
}
