import type { ComebackDb } from './db';
import type { FeedbackLog, TemplateKind } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Changes a rejection's feedback story inside one transaction; nothing happens for a rejection since removed. */
async function updateLog(
  db: ComebackDb,
  id: number,
  change: (log: FeedbackLog) => FeedbackLog | undefined,
): Promise<FeedbackLog | undefined> {
  return db.transaction('rw', db.rejections, async () => {
    const rejection = await db.rejections.get(id);
    if (!rejection) return undefined;
    const next = change(rejection.feedback ?? {});
    if (next) await db.rejections.update(id, { feedback: next });
    return next ?? rejection.feedback;
  });
}

/**
 * "I asked": noted once, the first time (copying the request again changes nothing). With `followUpDays` above
 * 0, a single follow-up reminder is planned for that many days later.
 */
export function markFeedbackAsked(
  db: ComebackDb,
  id: number,
  templateId: TemplateKind | undefined,
  followUpDays: number,
  now = Date.now(),
): Promise<FeedbackLog | undefined> {
  return updateLog(db, id, (log) => {
    if (log.askedAt !== undefined) return undefined;
    const asked: FeedbackLog = { ...log, askedAt: now, templateId };
    if (followUpDays > 0 && log.repliedAt === undefined) asked.followUpDueAt = now + followUpDays * DAY_MS;
    return asked;
  });
}

/** The answer came: when, and what it said. A reply means no follow-up is needed. */
export async function recordFeedbackReply(
  db: ComebackDb,
  id: number,
  repliedAt: number,
  reply: string,
): Promise<void> {
  await updateLog(db, id, (log) => ({
    ...log,
    askedAt: log.askedAt ?? repliedAt,
    repliedAt,
    reply: reply.trim() || undefined,
  }));
}

/** "No reminder, thanks". */
export async function cancelFollowUp(db: ComebackDb, id: number): Promise<void> {
  await updateLog(db, id, (log) => ({ ...log, followUpDueAt: undefined }));
}

/** Notes the follow-up reminder as shown; false when it is no longer wanted, or was already shown (only once). */
export async function markFollowUpShown(db: ComebackDb, id: number, now = Date.now()): Promise<boolean> {
  let marked = false;
  await updateLog(db, id, (log) => {
    if (log.followUpDueAt === undefined || log.followUpShownAt !== undefined || log.repliedAt !== undefined) {
      return undefined;
    }
    marked = true;
    return { ...log, followUpShownAt: now };
  });
  return marked;
}
