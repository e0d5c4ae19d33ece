import { readField } from '@/sites/fallbacks';
import { type StatusWatchOptions, watchStatus } from '@/sites/status/watch';
import { readWorkday } from './read';
import { isCandidateHome, isWorkdayStatusPage, workday } from './selectors';

/**
 * Hands over the applications on Workday's candidate home as they load and change. The same hosts serve
 * employees their own HR pages, whose rows are none of Comeback's business: nothing is looked for or read
 * anywhere but candidate home, known by its address or by what the page calls itself. Returns the stop function.
 */
export function watchWorkday(options: StatusWatchOptions): () => void {
  return watchStatus(
    {
      read: (doc) => (isCandidateHome(doc) ? readWorkday(doc) : { rows: [], misses: [] }),
      findList: (doc) => (isCandidateHome(doc) ? readField(workday.list, doc) : undefined),
      isStatusPage: isWorkdayStatusPage,
    },
    options,
  );
}
