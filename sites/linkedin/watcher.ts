import { type SiteWatchOptions, watchOpenMessages } from '@/sites/message-watch';
import { whileOnPage } from '@/sites/while-on-page';
import { readOpenMessages } from './read';
import { isLinkedInMessaging, namesLinkedInThread, openConversation } from './selectors';

/**
 * Hands over every message someone else sends the user in LinkedIn messaging: in the conversation they open, in
 * the next one they switch to without a page load, and as new messages arrive. The content script runs on all of
 * LinkedIn, which moves into messaging (from the feed, say) without a page load; the watch runs only while the
 * page is in messaging. Returns a function that stops.
 */
export function watchLinkedIn(options: SiteWatchOptions): () => void {
  return whileOnPage({
    win: options.win,
    isWanted: isLinkedInMessaging,
    onHealth: options.onHealth,
    start: (onHealth) =>
      watchOpenMessages({
        ...options,
        onHealth,
        // The conversation, not merely its frame: a frame that never fills where the address names a thread is
        // a sign LinkedIn changed its markup, and counts once patience runs out.
        findView: openConversation,
        viewBelongsAt: namesLinkedInThread,
        read: (doc) => readOpenMessages(doc),
      }),
  });
}
