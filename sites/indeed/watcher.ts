import { readField } from '@/sites/fallbacks';
import { type StatusWatchOptions, watchStatus } from '@/sites/status/watch';
import { readIndeed } from './read';
import { indeed, isIndeedStatusPage } from './selectors';

/** Hands over the applications on Indeed's "My jobs" as they load and change. Returns the stop function. */
export function watchIndeed(options: StatusWatchOptions): () => void {
  return watchStatus(
    { read: readIndeed, findList: (doc) => readField(indeed.list, doc), isStatusPage: isIndeedStatusPage },
    options,
  );
}
