import type { Handlers } from '@/messaging/handle';
import { isQuotaExceeded, STORAGE_FULL } from '@/messaging/storage-full';

/**
 * The same handlers, answering a write the browser refused for want of space with `STORAGE_FULL`, so the page that
 * asked can say what happened and what helps. A refused write changes nothing: IndexedDB rolls its transaction back
 * whole. Any other error is passed on as it was.
 */
export function sayWhenStorageIsFull(handlers: Handlers): Handlers {
  const guarded = Object.entries(handlers).map(([type, handler]) => {
    const answer = handler as (payload: unknown, sender: unknown) => Promise<unknown>;
    const guardedAnswer = async (payload: unknown, sender: unknown) => {
      try {
        return await answer(payload, sender);
      } catch (error) {
        if (!isQuotaExceeded(error)) throw error;
        console.warn('Comeback could not save: the browser says its storage is full.', error);
        throw new Error(STORAGE_FULL);
      }
    };
    return [type, guardedAnswer];
  });
  return Object.fromEntries(guarded) as Handlers;
}
