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
      // Keys start with the site, so both tables answer through their key index. A decision the user dismissed
      // shows the site was seen too.
      const seenIn = async (table: typeof db.rejections | typeof db.dismissals) =>
        (await table.where('key').startsWith(`${site}:`).first()) !== undefined;
      return { known: (await seenIn(db.rejections)) || (await seenIn(db.dismissals)) };
    },
    async addStatusHistory({ reports }) {
      return addBackfilled(db, reports, await checklistForNewRejection());
    },
  };
}
