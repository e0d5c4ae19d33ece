import type { RejectionReport } from '@/messaging/protocol';
import type { ComebackDb } from './db';
import type { Rejection } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A subject as a thread shows it whatever the replies and forwards: "Re: Fwd: Your application" is "your application". */
export function foldSubject(subject: string | undefined): string {
  let folded = (subject ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
  for (let previous = ''; previous !== folded; ) {
    previous = folded;
    folded = folded.replace(/^(re|fwd?|aw|wg|tr|rv)\s*:\s*/, '');
  }
  return folded;
}

/**
 * The record another source keeps for the same message: a mail site keys a record by its own message id, an
 * export by the Message-ID header, so the same mail is recognised by its sender, subject and day instead.
 */
export function sameMessageElsewhere(
  db: ComebackDb,
  report: RejectionReport,
): Promise<Rejection | undefined> {
  const sender = report.fromEmail?.trim().toLowerCase();
  const subject = foldSubject(report.subject);
  if (!sender || !subject) return Promise.resolve(undefined);
  return db.rejections
    .where('receivedAt')
    .between(report.receivedAt - DAY_MS, report.receivedAt + DAY_MS, false, false)
    .filter(
      (known) =>
        known.source !== report.source &&
        known.fromEmail?.trim().toLowerCase() === sender &&
        foldSubject(known.subject) === subject,
    )
    .first();
}
