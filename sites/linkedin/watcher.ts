import { readField } from '@/sites/fallbacks';
import { type SiteWatchOptions, watchOpenMessages } from '@/sites/message-watch';
import { readOpenMessages } from './read';
import { linkedin } from './selectors';

/**
 * Hands over every message someone else sends the user in LinkedIn messaging: in the conversation they open, in
 * the next one they switch to without a page load, and as new messages arrive. Returns a function that stops.
 */
export function watchLinkedIn(options: SiteWatchOptions): () => void {
  return watchOpenMessages({
    ...options,
    findView: (doc) => readField(linkedin.thread, doc),
    read: (doc) => readOpenMessages(doc),
  });
}
