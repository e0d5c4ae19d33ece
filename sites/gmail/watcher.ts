import { readField } from '@/sites/fallbacks';
import type { OpenMessage } from '@/sites/pipeline';
import { watchView } from '@/sites/watch';
import { readOpenMessages } from './read';
import { type GmailField, gmail } from './selectors';

/** Counts since the watch began: a rising count means Gmail's markup has moved away from our selectors. */
export interface GmailHealth {
  /** Errors caught while reading the page or handing messages over. */
  errors: number;
  /** Per field, the reads in which every probe failed. */
  misses: Partial<Record<GmailField, number>>;
}

export interface GmailWatchOptions {
  doc: Document;
  win: Window;
  /** Messages newly open in the page, each handed over once per page life. */
  onMessages: (messages: OpenMessage[]) => void;
  debounceMs?: number;
  /** Called with the counts after every read that missed a field or failed. */
  onHealth?: (health: GmailHealth) => void;
}

/**
 * Hands over every message the user opens in Gmail: when a thread opens, when they switch threads, and when
 * they expand an older message. Returns a function that stops watching.
 */
export function watchGmail(options: GmailWatchOptions): () => void {
  const { doc, win, onMessages, debounceMs = 250, onHealth } = options;
  const handedOver = new Set<string>();
  const health: GmailHealth = { errors: 0, misses: {} };

  const reportHealth = () => {
    try {
      onHealth?.({ errors: health.errors, misses: { ...health.misses } });
    } catch {
      // A failing health report must not stop the watch, nor be counted as a new error forever.
    }
  };

  const read = () => {
    const { messages, misses } = readOpenMessages(doc);
    for (const field of misses) health.misses[field] = (health.misses[field] ?? 0) + 1;
    if (misses.length > 0) reportHealth();
    // Marked before the hand-over, so a failing callback cannot make a message come back.
    const fresh = messages.filter((message) => !handedOver.has(message.messageId));
    for (const message of fresh) handedOver.add(message.messageId);
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
