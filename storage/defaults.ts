import type { ChecklistStep } from './types';

/** The default next-application steps; each id's label is `step_<id>` in `_locales`. */
export const DEFAULT_STEP_IDS = [
  'resume',
  'coverLetter',
  'learnSkill',
  'reachOut',
  'community',
  'reflect',
] as const;

export type DefaultStepId = (typeof DEFAULT_STEP_IDS)[number];

export function isDefaultStepId(id: string): id is DefaultStepId {
  return (DEFAULT_STEP_IDS as readonly string[]).includes(id);
}

/** A fresh copy of the checklist for one rejection: each rejection keeps its own ticks. */
export function defaultChecklist(): ChecklistStep[] {
  return DEFAULT_STEP_IDS.map((id) => ({ id, done: false }));
}

/** The excerpt kept with a rejection: enough to recognise the message, never the whole mail. */
export const EXCERPT_MAX_LENGTH = 280;
