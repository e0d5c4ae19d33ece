import { readField } from '@/sites/fallbacks';
import { isAt } from '@/sites/patience';
import { type StatusWatchOptions, watchStatus } from '@/sites/status/watch';
import { readWorkday } from './read';
import { isWorkdayStatusPage, workday } from './selectors';

/**
 * Hands over the applications on Workday's candidate home as they load and change. The same hosts serve
 * employees their own HR pages, whose rows are none of Comeback's business: nothing is looked for or read
 * anywhere but candidate home. Returns the stop function.
 */
export function watchWorkday(options: StatusWatchOptions): () => void {
  const onCandidateHome = (doc: Document) => isAt(doc, isWorkdayStatusPage);
  return watchStatus(
    {
      read: (doc) => (onCandidateHome(doc) ? readWorkday(doc) : { rows: [], misses: [] }),
      findList: (doc) => (onCandidateHome(doc) ? readField(workday.list, doc) : undefined),
      isStatusPage: isWorkdayStatusPage,
    },
    options,
  );
}
