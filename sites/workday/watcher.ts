import { readField } from '@/sites/fallbacks';
import { type StatusWatchOptions, watchStatus } from '@/sites/status/watch';
import { readWorkday } from './read';
import { isWorkdayStatusPage, workday } from './selectors';

/** Hands over the applications on Workday's candidate home as they load and change. Returns the stop function. */
export function watchWorkday(options: StatusWatchOptions): () => void {
  return watchStatus(
    {
      read: readWorkday,
      findList: (doc) => readField(workday.list, doc),
      isStatusPage: isWorkdayStatusPage,
    },
    options,
  );
}
