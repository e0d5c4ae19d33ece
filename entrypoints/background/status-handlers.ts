import type { Handlers } from '@/messaging/handle';
import { addBackfilled } from '@/storage/backfill';
import { checklistForNewRejection } from '@/storage/checklist-steps';
import type { ComebackDb } from '@/storage/db';

/**
 * What a status page needs beyond reporting one decision: whether its site was ever seen, and a quiet way to keep
 * the decisions it already showed before that. Old decisions are history, not news, so they are stored as seen
 * (no badge), like mail found in a mailbox export.
 */
export function statusHandlers(db: ComebackDb): Pick<Handlers, 'knowsSite' | 'addStatusHistory'> {
  return {
    async knowsSite({ site }) {
      // A decision the user dismissed shows the site was seen too. Asked only when a page shows several
      // decisions at once, so a scan of the rejections (a small table) is cheap enough.
      const dismissed = await db.dismissals.where('key').startsWith(`${site}:`).first();
      const stored =
        dismissed ?? (await db.rejections.filter((rejection) => rejection.source === site).first());
      return { known: stored !== undefined };
    },
    async addStatusHistory({ reports }) {
      return addBackfilled(db, reports, await checklistForNewRejection());
    },
  };
}
