import { Dexie } from 'dexie';
import type { ManualRejection, RejectionReport, ReportOutcome } from '@/messaging/protocol';
import { correctionKeys } from './corrections';
import type { ComebackDb } from './db';
import { defaultChecklist, EXCERPT_MAX_LENGTH } from './defaults';
import type { ChecklistStep, Rejection } from './types';

/** Trims the excerpt to its budget on a word boundary, so nothing long is ever stored. */
export function clipExcerpt(text: string, max = EXCERPT_MAX_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The longest a stored name, subject or address may be: enough for any real one, never a page's worth. */
export const FIELD_MAX_LENGTH = { short: 200, subject: 400, key: 512, url: 2048 } as const;

export const clipKey = (key: string) => key.slice(0, FIELD_MAX_LENGTH.key);

/**
 * Report fields cut to size. A content script reads what a page shows, and a hostile or broken page can show
 * megabytes where a company name should be: the database keeps the least that serves the user.
 */
export function clipFields(report: RejectionReport): Partial<RejectionReport> {
  const short = (value: string | undefined) => value?.slice(0, FIELD_MAX_LENGTH.short);
  return {
    company: short(report.company),
    role: short(report.role),
    recruiterName: short(report.recruiterName),
    recruiterEmail: short(report.recruiterEmail),
    fromEmail: short(report.fromEmail),
    messageId: short(report.messageId),
    threadId: short(report.threadId),
    subject: report.subject?.slice(0, FIELD_MAX_LENGTH.subject),
    url: report.url?.slice(0, FIELD_MAX_LENGTH.url),
  };
}

/** Sources the user logged by hand: removing one of those is a deletion, nothing to learn from. */
const HAND_LOGGED = ['manual', 'selection'] as const;

function isHandLogged(key: string): boolean {
  return HAND_LOGGED.some((source) => key.startsWith(`${source}:`));
}

/**
 * Stores a detected rejection once per message. The unique index on `key` settles races between tabs:
 * a second insert of the same message fails inside IndexedDB and is answered with the existing record.
 * A message the user dismissed, or one from a sender or with a phrase they corrected before, is not stored.
 * A new record starts with its own copy of `checklist`: the steps the user set, passed in by the background.
 */
export async function addReported(
  db: ComebackDb,
  reported: RejectionReport,
  now = Date.now(),
  checklist: ChecklistStep[] = defaultChecklist(),
): Promise<ReportOutcome> {
  const report: RejectionReport = { ...reported, ...clipFields(reported), key: clipKey(reported.key) };
  if (await db.dismissals.get(report.key)) return { status: 'dismissed' };
  const known = await db.rejections.where('key').equals(report.key).first();
  if (known) return { status: 'known', id: known.id };
  const corrections = await db.corrections.bulkGet(correctionKeys(report));
  if (corrections.some((correction) => correction !== undefined)) return { status: 'dismissed' };
  const record: Omit<Rejection, 'id'> = {
    ...report,
    excerpt: clipExcerpt(report.excerpt),
    reasons: report.reasons.slice(0, 3).map((reason) => clipExcerpt(reason)),
    loggedAt: now,
    viewed: 0,
    checklist,
  };
  try {
    const id = await db.rejections.add(record);
    return { status: 'added', id };
  } catch (error) {
    if (!(error instanceof Dexie.ConstraintError)) throw error;
    const winner = await db.rejections.where('key').equals(report.key).first();
    if (!winner) throw error;
    return { status: 'known', id: winner.id };
  }
}

/**
 * Logs a rejection the user typed in, or confirmed from text they selected on a page. Like `addReported`, it
 * starts with its own copy of the checklist the user set (the background passes it in).
 */
export async function addManual(
  db: ComebackDb,
  manual: ManualRejection,
  now = Date.now(),
  checklist: ChecklistStep[] = defaultChecklist(),
): Promise<number> {
  const company = manual.company.trim();
  if (!company) throw new Error('A company name is needed to log a rejection.');
  const source = manual.source ?? 'manual';
  return db.rejections.add({
    key: `${source}:${now}-${crypto.randomUUID()}`,
    source,
    company,
    role: manual.role?.trim() || undefined,
    note: manual.note?.trim() || undefined,
    excerpt: '',
    score: 1,
    reasons: [],
    receivedAt: now,
    loggedAt: now,
    viewed: 1,
    checklist,
  });
}

/**
 * Removes a false alarm, remembers its message and learns its sender and deciding phrase, in one transaction so
 * no part is left alone. A rejection the user logged by hand is simply removed.
 */
export async function dismiss(db: ComebackDb, reportedKey: string, now = Date.now()): Promise<void> {
  const key = clipKey(reportedKey);
  await db.transaction('rw', db.rejections, db.dismissals, db.corrections, async () => {
    const rejection = await db.rejections.where('key').equals(key).first();
    await db.rejections.where('key').equals(key).delete();
    if (isHandLogged(key)) return;
    await db.dismissals.put({ key, dismissedAt: now });
    if (rejection) {
      await db.corrections.bulkPut(
        correctionKeys(rejection).map((learned) => ({ key: learned, correctedAt: now })),
      );
    }
  });
}

export async function markViewed(db: ComebackDb, id: number): Promise<void> {
  await db.rejections.update(id, { viewed: 1 });
}

export async function setStepDone(db: ComebackDb, id: number, stepId: string, done: boolean): Promise<void> {
  await db.transaction('rw', db.rejections, async () => {
    const rejection = await db.rejections.get(id);
    if (!rejection) return;
    const checklist = rejection.checklist.map((step) => (step.id === stepId ? { ...step, done } : step));
    await db.rejections.update(id, { checklist });
  });
}

export function countUnviewed(db: ComebackDb): Promise<number> {
  return db.rejections.where('viewed').equals(0).count();
}

/** Newest first: the popup opens on the latest rejection. */
export function listRejections(db: ComebackDb): Promise<Rejection[]> {
  return db.rejections.orderBy('receivedAt').reverse().toArray();
}

export interface NewestRejections {
  newest: Rejection[];
  more: boolean;
}

/**
 * The `limit` newest rejections, newest first, and whether older ones are stored beyond them: enough for the
 * popup to offer a choice without reading thousands of records.
 */
export async function newestRejections(db: ComebackDb, limit: number): Promise<NewestRejections> {
  // One more than asked tells whether there are more, without counting them all (IndexedDB counts by
  // reading every record).
  const found = await db.rejections
    .orderBy('receivedAt')
    .reverse()
    .limit(limit + 1)
    .toArray();
  return { newest: found.slice(0, limit), more: found.length > limit };
}

/**
 * When each rejection was received, oldest first, read from the index alone: figures over thousands of
 * rejections need no more, and whole records would cost far more to read.
 */
export function rejectionTimes(db: ComebackDb): Promise<Pick<Rejection, 'id' | 'receivedAt'>[]> {
  return db.transaction('r', db.rejections, async () => {
    const byTime = db.rejections.orderBy('receivedAt');
    const [times, ids] = await Promise.all([byTime.keys(), byTime.primaryKeys()]);
    return ids.map((id, index) => ({ id, receivedAt: Number(times[index]) }));
  });
}
