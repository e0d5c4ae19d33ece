import type { Handlers } from '@/messaging/handle';
import { addBackfilled } from '@/storage/backfill';
import { checklistForNewRejection } from '@/storage/checklist-steps';
import type { ComebackDb } from '@/storage/db';
import { deleteEverything } from '@/storage/erase';
import { importBackupText } from '@/storage/restore';
import type { Effects } from './handlers';
import { clearNudges, restoreNudges } from './nudges';

/**
 * "Your data, yours": import, delete everything, and rejections found in a mailbox export. The nudges' alarms
 * follow the data at once: an imported pause or follow-up is planned (one long overdue is let go quietly), and
 * nothing outlives a deletion.
 */
export function dataHandlers(
  db: ComebackDb,
  effects: Pick<Effects, 'refreshBadge'>,
): Pick<Handlers, 'importData' | 'deleteEverything' | 'addBackfill'> {
  return {
    async importData({ text }) {
      const outcome = await importBackupText(db, text);
      if (!outcome.ok) return outcome;
      await effects.refreshBadge();
      await restoreNudges(db, Date.now(), { quietlyPast: true });
      return outcome;
    },
    async deleteEverything() {
      await deleteEverything(db);
      await clearNudges();
      await effects.refreshBadge();
      return null;
    },
    async addBackfill({ reports }) {
      // Each one starts with the user's own checklist, as a rejection opened in the mail would.
      return addBackfilled(db, reports, await checklistForNewRejection());
    },
  };
}
