import { readField } from '@/sites/fallbacks';
import type { AdapterHealth } from '@/sites/health';
import type { OpenMessage } from '@/sites/pipeline';
import { watchOpenMessages } from './message-watch';
import { readOpenMessages } from './read';
import { outlook } from './selectors';

export interface OutlookWatchOptions {
  doc: Document;
  win: Window;
  /** Messages newly open in the page, each handed over once per page life. */
  onMessages: (messages: OpenMessage[]) => void;
  debounceMs?: number;
  /** Called with the counts (since the watch began) after every read that found, missed or failed something. */
  onHealth?: (health: AdapterHealth) => void;
}

/**
 * Hands over every message the user opens in Outlook on the web: in the reading pane, in full view, and as they
 * expand older messages of a conversation. Outlook changes its address without page loads, so only the reading
 * pane is observed and it is looked for again on every navigation and gentle poll. Returns a function that stops.
 */
export function watchOutlook(options: OutlookWatchOptions): () => void {
  return watchOpenMessages({
    ...options,
    findView: (doc) => readField(outlook.readingPane, doc),
    read: readOpenMessages,
  });
}
