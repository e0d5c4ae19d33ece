import type { ManualRejection, RejectionReport, ReportOutcome } from '@/messaging/protocol';
import { correctionKeys } from './corrections';
import type { ComebackDb } from './db';
import { defaultChecklist } from './defaults';
import { clipExcerpt } from './excerpt';
import { sameMessageElsewhere } from './same-message';
import type { ChecklistStep, Rejection } from './types';

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
    fromName: short(report.fromName),
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

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far apart a status-page row and the email about the same application may arrive. */
export const SAME_APPLICATION_WINDOW_MS = 30 * DAY_MS;

/** A company or role as people write it, so "Northwind Labs " and "northwind  labs" are one name. */
export function foldName(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

/**
 * The record, from another source, that already stands for the same application: same company and same role,
 * received within the window. Both names must be known: counting one no twice is kinder than losing one.
 */
function sameApplication(db: ComebackDb, report: RejectionReport): Promise<Rejection | undefined> {
  const company = foldName(report.company);
  const role = foldName(report.role);
  if (!company || !role) return Promise.resolve(undefined);
  return db.rejections
    .where('receivedAt')
    .between(
      report.receivedAt - SAME_APPLICATION_WINDOW_MS,
      report.receivedAt + SAME_APPLICATION_WINDOW_MS,
      true,
      true,
    )
    .filter(
      (known) =>
        known.source !== report.source &&
        foldName(known.company) === company &&
        foldName(known.role) === role,
    )
    .first();
}

/** Fields the second sighting of an application may add to the first; the first's own values always stay. */
const FILLABLE = [
  'messageId',
  'threadId',
  'recruiterName',
  'recruiterEmail',
  'fromEmail',
  'fromName',
  'subject',
  'url',
  'excerpt',
] as const satisfies readonly (keyof RejectionReport)[];

function missingFields(known: Rejection, report: RejectionReport): Partial<Rejection> {
  const filled: Partial<Rejection> = {};
  for (const field of FILLABLE) {
    if (!known[field] && report[field]) filled[field] = report[field];
  }
  return filled;
}

/**
 * Stores a detected rejection once per message, and once per application: when another source already holds
 * the same message (same sender, subject and day, as a mailbox export and the mail site) or the same company and
 * role within 30 days (a status page and the email about it), the first record is kept, with its missing fields
 * filled from the second, and nothing new lights the badge.
 * Everything happens in one read-write transaction, so two tabs reporting the same message at once are settled
 * by IndexedDB: the second sees the first's record. A message the user dismissed, or one from a sender or with
 * a phrase they corrected before, is not stored.
 * A new record starts with its own copy of `checklist`: the steps the user set, passed in by the background, and
 * unseen unless `viewed` says otherwise.
 */
export async function addReported(
  db: ComebackDb,
  reported: RejectionReport,
  now = Date.now(),
  checklist: ChecklistStep[] = defaultChecklist(),
  viewed: Rejection['viewed'] = 0,
): Promise<ReportOutcome> {
  const report: RejectionReport = { ...reported, ...clipFields(reported), key: clipKey(reported.key) };
  return db.transaction('rw', db.rejections, db.dismissals, db.corrections, async () => {
    if (await db.dismissals.get(report.key)) return { status: 'dismissed' };
    const known = await db.rejections.where('key').equals(report.key).first();
    if (known) return { status: 'known', id: known.id };
    const corrections = await db.corrections.bulkGet(correctionKeys(report));
    if (corrections.some((correction) => correction !== undefined)) return { status: 'dismissed' };
    const excerpt = clipExcerpt(report.excerpt);
    const twin = (await sameMessageElsewhere(db, report)) ?? (await sameApplication(db, report));
    if (twin) {
      await db.rejections.update(twin.id, missingFields(twin, { ...report, excerpt }));
      return { status: 'known', id: twin.id };
    }
    const id = await db.rejections.add({
      ...report,
      excerpt,
      reasons: report.reasons.slice(0, 3).map((reason) => clipExcerpt(reason)),
      loggedAt: now,
      viewed,
      checklist,
    });
    return { status: 'added', id };
  });
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
    recruiterName: manual.recruiter?.trim().slice(0, FIELD_MAX_LENGTH.short) || undefined,
    url: manual.url?.slice(0, FIELD_MAX_LENGTH.url) || undefined,
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

/**
 * The unseen rejection logged last, whatever date it was received on: the one the badge counted most recently.
 * Unseen ones are few, so reading them all through the `viewed` index is cheap.
 */
export async function latestUnseen(db: ComebackDb): Promise<Rejection | undefined> {
  const unseen = await db.rejections.where('viewed').equals(0).toArray();
  // Ids grow with each insert, so they settle a tie within the same millisecond.
  const later = (a: Rejection, b: Rejection) =>
    a.loggedAt > b.loggedAt || (a.loggedAt === b.loggedAt && a.id > b.id);
  return unseen.reduce<Rejection | undefined>(
    (best, each) => (!best || later(each, best) ? each : best),
    undefined,
  );
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
