import { readField } from '@/sites/fallbacks';
import { type StatusWatchOptions, watchStatus } from '@/sites/status/watch';
import { readGreenhouse } from './read';
import { greenhouse, isGreenhouseStatusPage } from './selectors';

/** Hands over the applications on MyGreenhouse as they load and change. Returns the stop function. */
export function watchGreenhouse(options: StatusWatchOptions): () => void {
  return watchStatus(
    {
      read: readGreenhouse,
      findList: (doc) => readField(greenhouse.list, doc),
      isStatusPage: isGreenhouseStatusPage,
    },
    options,
  );
}
