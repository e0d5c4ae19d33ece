import { isDefaultStepId } from './defaults';
import { readPreferences, type StepTemplate } from './preferences';
import type { ChecklistStep } from './types';

/*
 * The user's default checklist (`preferences.checklistSteps`): each new rejection starts with a copy of it, and
 * edits here never touch the copies rejections already have. Every edit answers a new list.
 */

/** A fresh, unticked copy of the steps for one new rejection. */
export function checklistFrom(steps: readonly StepTemplate[]): ChecklistStep[] {
  return steps.map(({ id, text }) => (text ? { id, text, done: false } : { id, done: false }));
}

/** Moves the step at `index` up (-1) or down (+1); the list is unchanged at either end. */
export function moveStep(steps: readonly StepTemplate[], index: number, by: -1 | 1): StepTemplate[] {
  const target = index + by;
  const moved = [...steps];
  const [step] = moved.splice(index, 1);
  if (!step || target < 0 || target > steps.length - 1) return [...steps];
  moved.splice(target, 0, step);
  return moved;
}

/** New wording for a step. Emptied, a default step goes back to its own label; a step the user wrote is kept. */
export function renameStep(steps: readonly StepTemplate[], id: string, text: string): StepTemplate[] {
  const wording = text.replace(/\s+/g, ' ').trim();
  return steps.map((step) => {
    if (step.id !== id) return step;
    if (wording) return { id, text: wording };
    return isDefaultStepId(id) ? { id } : step;
  });
}

/** Adds a step of the user's own at the end; blank wording adds nothing. */
export function addOwnStep(steps: readonly StepTemplate[], text: string, id: string): StepTemplate[] {
  const wording = text.replace(/\s+/g, ' ').trim();
  return wording ? [...steps, { id, text: wording }] : [...steps];
}

export function removeStep(steps: readonly StepTemplate[], id: string): StepTemplate[] {
  return steps.filter((step) => step.id !== id);
}

/** A new id for a step the user writes. */
export function ownStepId(): string {
  return `own-${crypto.randomUUID()}`;
}

/**
 * The steps as stored: ids unique, wording tidy, steps of the user's own with wording. The options page and the
 * background both pass lists through here, so a bad list is never saved.
 */
export function cleanSteps(steps: readonly StepTemplate[]): StepTemplate[] {
  const seen = new Set<string>();
  const kept: StepTemplate[] = [];
  for (const step of steps) {
    const text = step.text?.replace(/\s+/g, ' ').trim();
    if (!step.id || seen.has(step.id) || (!text && !isDefaultStepId(step.id))) continue;
    seen.add(step.id);
    kept.push(text ? { id: step.id, text } : { id: step.id });
  }
  return kept;
}

/** The checklist a rejection logged now starts with: a copy of the one the user set. */
export async function checklistForNewRejection(): Promise<ChecklistStep[]> {
  return checklistFrom((await readPreferences()).checklistSteps);
}
