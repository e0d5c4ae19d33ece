import { readField } from '@/sites/fallbacks';
import { type SiteWatchOptions, watchOpenMessages } from '@/sites/message-watch';
import { readOpenMessages } from './read';
import { gmail, isGmailMailPage } from './selectors';

/**
 * Hands over every message the user opens in Gmail: when a thread opens, when they switch threads, and when
 * they expand an older message. Returns a function that stops watching.
 */
export function watchGmail(options: SiteWatchOptions): () => void {
  return watchOpenMessages({
    ...options,
    findView: (doc) => readField(gmail.mainView, doc),
    viewBelongsAt: isGmailMailPage,
    read: readOpenMessages,
  });
}
