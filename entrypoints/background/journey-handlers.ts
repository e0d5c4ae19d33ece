import type { Handlers } from '@/messaging/handle';
import { deleteApplication, updateApplication } from '@/storage/applications';
import type { ComebackDb } from '@/storage/db';
import { setOffer } from '@/storage/journey';

/** The journey page's writes: the offer, and applications corrected or removed. */
export function journeyHandlers(
  db: ComebackDb,
): Pick<Handlers, 'setOffer' | 'updateApplication' | 'deleteApplication'> {
  return {
    async setOffer({ id, offer, at = Date.now() }) {
      if (!Number.isFinite(at)) throw new Error('An offer needs a date.');
      await setOffer(db, id, offer, at);
      return null;
    },
    async updateApplication({ id, ...changes }) {
      await updateApplication(db, id, changes);
      return null;
    },
    async deleteApplication({ id }) {
      await deleteApplication(db, id);
      return null;
    },
  };
}
