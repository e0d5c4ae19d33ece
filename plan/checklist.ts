import { isDefaultStepId } from '@/storage/defaults';
import type { ChecklistStep } from '@/storage/types';
import type { Translate } from './translate';

/** The user's own wording when there is some, else the default step's translated label. */
export function stepLabel(step: ChecklistStep, t: Translate): string {
  if (step.text) return step.text;
  return isDefaultStepId(step.id) ? t(`step_${step.id}`) : step.id;
}

export function checklistProgress(checklist: readonly ChecklistStep[]): { done: number; total: number } {
  return { done: checklist.filter((step) => step.done).length, total: checklist.length };
}
