import type { ComebackDb } from './db';
import { foldSkill, tidySkillName } from './skills';
import type { Reflection } from './types';

export type ReflectionInput = Omit<Reflection, 'updatedAt'>;

/** A rating from 1 to 5, or none. */
function rating(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
}

/** Skills tidied, blanks dropped, each once however it is written (the first spelling is kept). */
export function distinctSkills(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const tidied = tidySkillName(name);
    if (tidied && !byKey.has(foldSkill(tidied))) byKey.set(foldSkill(tidied), tidied);
  }
  return [...byKey.values()];
}

/**
 * Saves the reflection and keeps the "skills to learn" list in step with it, in one transaction: a skill named
 * missing is added once (by its folded name); one taken out again is dropped from the list, unless it was
 * learned or another reflection still names it.
 */
export async function saveReflection(
  db: ComebackDb,
  id: number,
  input: ReflectionInput,
  now = Date.now(),
): Promise<void> {
  const reflection: Reflection = {
    prepared: rating(input.prepared),
    answersFit: rating(input.answersFit),
    energy: rating(input.energy),
    missingSkills: distinctSkills(input.missingSkills),
    notes: input.notes?.trim() || undefined,
    updatedAt: now,
  };
  await db.transaction('rw', db.rejections, db.skills, async () => {
    const rejection = await db.rejections.get(id);
    if (!rejection) throw new Error(`No rejection ${id} to reflect on.`);
    await db.rejections.update(id, { reflection });

    const named = new Set(reflection.missingSkills.map(foldSkill));
    const known = new Set((await db.skills.toArray()).map((skill) => skill.key));
    await db.skills.bulkAdd(
      reflection.missingSkills
        .filter((name) => !known.has(foldSkill(name)))
        .map((name) => ({ key: foldSkill(name), name, addedAt: now })),
    );

    const dropped = (rejection.reflection?.missingSkills ?? [])
      .map(foldSkill)
      .filter((key) => !named.has(key));
    if (dropped.length === 0) return;
    const stillNamed = new Set(
      (await db.rejections.toArray()).flatMap((other) =>
        (other.reflection?.missingSkills ?? []).map(foldSkill),
      ),
    );
    const unlearned = (await db.skills.bulkGet(dropped)).filter(
      (skill) => skill && skill.learnedAt === undefined,
    );
    await db.skills.bulkDelete(
      unlearned.flatMap((skill) => (skill && !stillNamed.has(skill.key) ? [skill.key] : [])),
    );
  });
}
