import { readField } from '@/sites/fallbacks';
import { type SiteWatchOptions, watchOpenMessages } from '@/sites/message-watch';
import { readOpenMessages } from './read';
import { isOutlookMailPage, outlook } from './selectors';

/**
 * Hands over every message the user opens in Outlook on the web: in the reading pane, in full view, and as they
 * expand older messages of a conversation. Outlook changes its address without page loads, so only the reading
 * pane is observed and it is looked for again on every navigation and gentle poll. Returns a function that stops.
 */
export function watchOutlook(options: SiteWatchOptions): () => void {
  return watchOpenMessages({
    ...options,
    findView: (doc) => readField(outlook.readingPane, doc),
    viewBelongsAt: isOutlookMailPage,
    read: readOpenMessages,
  });
}
