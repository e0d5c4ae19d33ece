import { readField } from '@/sites/fallbacks';
import type { AdapterHealth } from '@/sites/health';
import type { OpenMessage } from '@/sites/pipeline';
import { watchView } from '@/sites/watch';
import { readOpenMessages } from './read';
import { gmail } from './selectors';

export interface GmailWatchOptions {
  doc: Document;
  win: Window;
  /** Messages newly open in the page, each handed over once per page life. */
  onMessages: (messages: OpenMessage[]) => void;
  debounceMs?: number;
  /** Called with the counts (since the watch began) after every read that found, missed or failed something. */
  onHealth?: (health: AdapterHealth) => void;
}

/**
 * Hands over every message the user opens in Gmail: when a thread opens, when they switch threads, and when
 * they expand an older message. Returns a function that stops watching.
 */
export function watchGmail(options: GmailWatchOptions): () => void {
  const { doc, win, onMessages, debounceMs = 250, onHealth } = options;
  const handedOver = new Set<string>();
  const health: AdapterHealth = { read: 0, missed: 0, errors: 0 };

  const reportHealth = () => {
    try {
      onHealth?.({ ...health });
    } catch {
      // A failing health report must not stop the watch, nor be counted as a new error forever.
    }
  };

  const read = () => {
    const { messages, misses } = readOpenMessages(doc);
    // Marked before the hand-over, so a failing callback cannot make a message come back.
    const fresh = messages.filter((message) => !handedOver.has(message.messageId));
    for (const message of fresh) handedOver.add(message.messageId);
    health.read += fresh.length;
    if (misses.length > 0) health.missed++;
    if (fresh.length > 0 || misses.length > 0) reportHealth();
    if (fresh.length > 0) onMessages(fresh);
  };

  return watchView({
    doc,
    win,
    findView: (page) => readField(gmail.mainView, page),
    onChange: read,
    onError: () => {
      health.errors++;
      reportHealth();
    },
    debounceMs,
  });
}
