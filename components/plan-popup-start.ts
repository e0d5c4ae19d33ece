import type { ComebackDb } from '@/storage/db';
import { type SelectionDraft, selectionDraft } from '@/storage/draft';
import { type NewestRejections, newestRejections } from '@/storage/rejections';
import type { Rejection } from '@/storage/types';
import { SWITCHER_STEP } from './PlanPopup';
import type { LiveQueryState } from './use-live-query';
import type { StoredState } from './use-stored-value';

/** What the plan popup's first render shows, read before rendering; a read that failed is left out. */
export interface PlanPopupStart {
  rejections?: LiveQueryState<NewestRejections>;
  /** The rejection asked for, when one was. */
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
 * Reads everything the plan popup's first render needs at once, while the rejection to open on (`initialId`)
 * is still being looked up. The popup's live reads start only after it has rendered and painted once, which
 * would put a frame and the opening of the database between the page's start and the heading.
 */
export async function readPlanPopupStart(
  db: ComebackDb,
  initialId: Promise<number | undefined>,
): Promise<PlanPopupStart> {
  const [rejections, chosen, draft] = await Promise.all([
    answer(newestRejections(db, SWITCHER_STEP)),
    initialId.then((id) => answer(id === undefined ? Promise.resolve(undefined) : db.rejections.get(id))),
    answer(selectionDraft.getValue()),
  ]);
  return { rejections, chosen, draft };
}
