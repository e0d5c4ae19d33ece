import type { RejectionReport } from '@/messaging/protocol';
import type { ComebackDb } from './db';
import { defaultChecklist } from './defaults';
import { addReported } from './rejections';
import type { ChecklistStep } from './types';

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
 * Whether the message is already logged under another key: the mail site keys a record by its own message id,
 * an export by the Message-ID header, so the same mail is recognised by its sender, subject and day instead.
 */
async function loggedElsewhere(db: ComebackDb, report: RejectionReport): Promise<boolean> {
  const sender = report.fromEmail?.trim().toLowerCase();
  const subject = foldSubject(report.subject);
  if (!sender || !subject) return false;
  const near = await db.rejections
    .where('receivedAt')
    .between(report.receivedAt - DAY_MS, report.receivedAt + DAY_MS, false, false)
    .filter(
      (known) => known.fromEmail?.trim().toLowerCase() === sender && foldSubject(known.subject) === subject,
    )
    .first();
  return near !== undefined;
}

/**
 * Stores a batch of rejections found in a mailbox export, in one transaction, each once: a message already
 * stored, dismissed, or from a sender or phrase the user corrected is skipped exactly as when it is opened, and so
 * is one a mail site logged already (same sender, subject and day).
 * Old mail found this way is history, not news, so it does not light up the toolbar badge.
 */
export async function addBackfilled(
  db: ComebackDb,
  reports: readonly RejectionReport[],
  checklist: ChecklistStep[] = defaultChecklist(),
  now = Date.now(),
): Promise<{ added: number }> {
  return db.transaction('rw', db.rejections, db.dismissals, db.corrections, async () => {
    let added = 0;
    for (const report of reports) {
      if (await loggedElsewhere(db, report)) continue;
      // Each record gets its own copy: the database clones what it stores.
      const outcome = await addReported(db, report, now, checklist);
      if (outcome.status !== 'added') continue;
      await db.rejections.update(outcome.id, { viewed: 1 });
      added += 1;
    }
    return { added };
  });
}
