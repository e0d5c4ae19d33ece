import type { Handlers } from '@/messaging/handle';
import type { ComebackDb } from '@/storage/db';
import { setOffer } from '@/storage/journey';

/** The journey page's writes. */
export function journeyHandlers(db: ComebackDb): Pick<Handlers, 'setOffer'> {
  return {
    async setOffer({ id, offer }) {
      await setOffer(db, id, offer);
      return null;
    },
  };
}
