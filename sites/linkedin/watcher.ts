import { readField } from '@/sites/fallbacks';
import type { AdapterHealth } from '@/sites/health';
import { watchOpenMessages } from '@/sites/outlook/message-watch';
import type { OpenMessage } from '@/sites/pipeline';
import { readOpenMessages } from './read';
import { linkedin } from './selectors';

export interface LinkedInWatchOptions {
  doc: Document;
  win: Window;
  /** Messages newly open in the page, each handed over once per page life. */
  onMessages: (messages: OpenMessage[]) => void;
  debounceMs?: number;
  /** Called with the counts (since the watch began) after every read that found, missed or failed something. */
  onHealth?: (health: AdapterHealth) => void;
}

/**
 * Hands over every message someone else sends the user in LinkedIn messaging: in the conversation they open, in
 * the next one they switch to without a page load, and as new messages arrive. Returns a function that stops.
 */
export function watchLinkedIn(options: LinkedInWatchOptions): () => void {
  return watchOpenMessages({
    ...options,
    findView: (doc) => readField(linkedin.thread, doc),
    read: (doc) => readOpenMessages(doc),
  });
}
