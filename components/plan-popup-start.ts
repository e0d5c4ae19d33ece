import type { ComebackDb } from '@/storage/db';
import { type SelectionDraft, selectionDraft } from '@/storage/draft';
import { latestUnseen, type NewestRejections, newestRejections } from '@/storage/rejections';
import type { Rejection } from '@/storage/types';
import { SWITCHER_STEP } from './PlanPopup';
import type { LiveQueryState } from './use-live-query';
import type { StoredState } from './use-stored-value';

/** What the plan popup's first render shows, read before rendering; a read that failed is left out. */
export interface PlanPopupStart {
  rejections?: LiveQueryState<NewestRejections>;
  /** The rejection to open on: the one asked for, else the unseen one logged last; none when all were seen. */
  openId?: number;
  /** The rejection `openId` names. */
  chosen?: LiveQueryState<Rejection | undefined>;
  draft?: StoredState<SelectionDraft | null>;
}

/** A read's answer; `undefined` when it failed, so the live read after rendering tries again and tells. */
function answer<T>(read: Promise<T>): Promise<{ status: 'ready'; value: T } | undefined> {
  return read.then(
    (value) => ({ status: 'ready', value }),
    () => undefined,
  );
}

/**
 * Reads everything the plan popup's first render needs at once, while the rejection asked for (`initialId`)
 * is still being looked up. The popup's live reads start only after it has rendered and painted once, which
 * would put a frame and the opening of the database between the page's start and the heading.
 *
 * With none asked for, it opens on the unseen rejection logged last rather than the newest received: a message
 * dated earlier but opened just now is the one the badge counts, and showing it is what clears the badge.
 */
export async function readPlanPopupStart(
  db: ComebackDb,
  initialId: Promise<number | undefined>,
): Promise<PlanPopupStart> {
  const opening = initialId.then(
    async (id): Promise<{ id?: number; chosen?: LiveQueryState<Rejection | undefined> }> => {
      if (id !== undefined) return { id, chosen: await answer(db.rejections.get(id)) };
      const unseen = await answer(latestUnseen(db));
      return { id: unseen?.value?.id, chosen: unseen };
    },
  );
  const [rejections, { id: openId, chosen }, draft] = await Promise.all([
    answer(newestRejections(db, SWITCHER_STEP)),
    opening,
    answer(selectionDraft.getValue()),
  ]);
  return { rejections, openId, chosen, draft };
}
