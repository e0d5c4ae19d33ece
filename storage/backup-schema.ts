/**
 * The backup file's shape, checked field by field. Every guard is typed against the model, so a field added to
 * `types.ts` or `preferences.ts` does not compile until it is added here too: an export never loses it silently.
 */
import { SITE_IDS, type SiteId } from '@/sites/registry';
import {
  finiteNumber,
  type Guard,
  listOf,
  nullable,
  object,
  oneOf,
  optional,
  positiveWholeNumber,
  type Shape,
  text,
  trueOrFalse,
  wholeNumber,
} from './guard';
import { PAUSE_MS, type PauseLength, type Preferences, type StepTemplate } from './preferences';
import { MAX_FOLLOW_UP_DAYS } from './preferences-personal';
import type { SiteSwitches } from './site-switches';
import type {
  Application,
  ChecklistStep,
  Correction,
  Dismissal,
  FeedbackLog,
  MessageTemplate,
  Pause,
  Reflection,
  Rejection,
  Skill,
  Source,
  TemplateKind,
  Win,
} from './types';

/** Sources that are not sites, listed as an object so a new one fails to compile until it is named here. */
const OTHER_SOURCES: Record<Exclude<Source, SiteId>, true> = { manual: true, selection: true, mbox: true };
const SOURCES: readonly Source[] = [
  ...SITE_IDS,
  ...(Object.keys(OTHER_SOURCES) as Exclude<Source, SiteId>[]),
];

const TEMPLATE_KINDS: Record<TemplateKind, true> = {
  feedbackShort: true,
  feedbackWarm: true,
  feedbackAfterInterview: true,
  feedbackFinalRound: true,
  reachOut: true,
  mentor: true,
};

/** A moment in time, ms since epoch. */
const time = wholeNumber;
const optionalTime = optional(wholeNumber);

const checklistStep = object<ChecklistStep>({ id: text, text: optional(text), done: trueOrFalse });

const pause = object<Pause>({ until: time, nudgedAt: optionalTime });

const feedback = object<FeedbackLog>({
  askedAt: optionalTime,
  templateId: optional(text),
  followUpDueAt: optionalTime,
  followUpShownAt: optionalTime,
  repliedAt: optionalTime,
  reply: optional(text),
});

const reflection = object<Reflection>({
  prepared: optional(finiteNumber),
  answersFit: optional(finiteNumber),
  energy: optional(finiteNumber),
  missingSkills: listOf(text),
  notes: optional(text),
  updatedAt: time,
});

const rejection = object<Rejection>({
  id: positiveWholeNumber,
  key: text,
  source: oneOf(SOURCES),
  messageId: optional(text),
  threadId: optional(text),
  company: optional(text),
  role: optional(text),
  recruiterName: optional(text),
  recruiterEmail: optional(text),
  fromEmail: optional(text),
  fromName: optional(text),
  subject: optional(text),
  excerpt: text,
  note: optional(text),
  score: finiteNumber,
  reasons: listOf(text),
  url: optional(text),
  receivedAt: time,
  loggedAt: time,
  viewed: oneOf([0, 1]),
  checklist: listOf(checklistStep),
  pause: optional(pause),
  feedback: optional(feedback),
  reflection: optional(reflection),
});

const win = object<Win>({
  id: positiveWholeNumber,
  text,
  createdAt: time,
  updatedAt: optionalTime,
  lastShownAt: time,
  starred: oneOf([0, 1]),
  tags: listOf(text),
  dueTurn: optional(wholeNumber),
});

const application = object<Application>({
  id: positiveWholeNumber,
  company: text,
  role: optional(text),
  appliedAt: time,
  afterRejectionId: optional(positiveWholeNumber),
  note: optional(text),
  offerAt: optionalTime,
});

const template = object<MessageTemplate>({
  id: oneOf(Object.keys(TEMPLATE_KINDS) as TemplateKind[]),
  subject: text,
  body: text,
  updatedAt: time,
});

const skill = object<Skill>({ key: text, name: text, addedAt: time, learnedAt: optionalTime });
const dismissal = object<Dismissal>({ key: text, dismissedAt: time });
const correction = object<Correction>({ key: text, correctedAt: time });

/** Every table of the database and the rows it holds. */
export interface BackupTables {
  rejections: Rejection[];
  wins: Win[];
  dismissals: Dismissal[];
  corrections: Correction[];
  applications: Application[];
  templates: MessageTemplate[];
  skills: Skill[];
}

export type TableName = keyof BackupTables;

/** One guard per table; `backup.test.ts` checks that these are exactly the database's tables. */
export const TABLE_ROW_GUARDS: { [T in TableName]: Guard<BackupTables[T][number]> } = {
  rejections: rejection,
  wins: win,
  dismissals: dismissal,
  corrections: correction,
  applications: application,
  templates: template,
  skills: skill,
};

export const TABLE_NAMES = Object.keys(TABLE_ROW_GUARDS) as TableName[];

export const tables = object<BackupTables>(
  Object.fromEntries(
    TABLE_NAMES.map((name) => [name, listOf<object>(TABLE_ROW_GUARDS[name])]),
  ) as unknown as Shape<BackupTables>,
);

const stepTemplate = object<StepTemplate>({ id: text, text: optional(text) });
const minutes = wholeNumber;
/** The waits the settings form accepts, 0 (off) to the longest offered: a file cannot plan a reminder years away. */
const followUpDays = oneOf(Array.from({ length: MAX_FOLLOW_UP_DAYS + 1 }, (_, days) => days));

/** Preferences as saved; a field missing from an older file keeps the value already set. */
export const preferences = object<Partial<Preferences>>({
  pauseDefault: optional(oneOf(Object.keys(PAUSE_MS) as PauseLength[])),
  quietHours: optional(nullable(object<{ from: number; to: number }>({ from: minutes, to: minutes }))),
  followUpDays: optional(followUpDays),
  userName: optional(text),
  mentor: optional(
    nullable(object<NonNullable<Preferences['mentor']>>({ name: text, email: optional(text) })),
  ),
  checklistSteps: optional(listOf(stepTemplate)),
});

export type { SiteSwitches };

export const siteSwitches = object<SiteSwitches>(
  Object.fromEntries(SITE_IDS.map((site) => [site, optional(trueOrFalse)])) as Shape<SiteSwitches>,
);
