import type { RejectionReport } from '@/messaging/protocol';
import type { ComebackDb } from './db';
import { defaultChecklist } from './defaults';
import { addReported } from './rejections';
import type { ChecklistStep } from './types';

/**
 * Stores a batch of rejections found in a mailbox export, in one transaction, each once: a message already
 * stored, dismissed, or from a sender or phrase the user corrected is skipped exactly as when it is opened, and so
 * is one a mail site logged already (same sender, subject and day: `addReported` recognises it).
 * Old mail found this way is history, not news, so it is stored as seen and does not light up the toolbar badge.
 * Stored seen at once, not marked seen after: an index entry written and then removed at once leaves a trace in the
 * browser's store until it is compacted, and after a large export the popup's look for unseen rejections walked
 * thousands of them (some 18 ms for 10,000).
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
      const outcome = await addReported(db, report, now, checklist, 1);
      if (outcome.status === 'added') added += 1;
    }
    return { added };
  });
}
