import type { RejectionReport } from '@/messaging/protocol';
import type { ComebackDb } from './db';
import { defaultChecklist } from './defaults';
import { addReported } from './rejections';
import type { ChecklistStep } from './types';

/**
 * Stores a batch of rejections found in a mailbox export, in one transaction, each once: a message already
 * stored, dismissed, or from a sender or phrase the user corrected is skipped exactly as when it is opened, and so
 * is one a mail site logged already (same sender, subject and day: `addReported` recognises it).
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
      // Each record gets its own copy: the database clones what it stores.
      const outcome = await addReported(db, report, now, checklist);
      if (outcome.status !== 'added') continue;
      await db.rejections.update(outcome.id, { viewed: 1 });
      added += 1;
    }
    return { added };
  });
}
