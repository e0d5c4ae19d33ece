import type { AdapterHealth } from '@/sites/health';
import { PATIENCE_MS, withPatience } from '@/sites/patience';
import type { OpenMessage } from '@/sites/pipeline';
import { watchView } from '@/sites/watch';

/** What one look at the page found: the open messages, and the fields no probe could find. */
export interface PageRead<Miss extends string = string> {
  messages: OpenMessage[];
  /** Fields every probe failed to find, for health counts: a sign the site's markup changed. */
  misses: Miss[];
}

export interface MessageWatchOptions {
  doc: Document;
  win: Window;
  /** The part of the page that changes when another message opens; the only part observed. */
  findView: (doc: Document) => Element | undefined;
  /** Addresses where that part should show: there, a view that never shows is a sign the site changed. */
  viewBelongsAt: (url: URL) => boolean;
  /**
   * Reads the messages open in the page. A reader that can tell a message's id before reading its body may skip
   * those `isKnown` says were handed over already; whatever it returns is filtered anyway.
   */
  read: (doc: Document, isKnown: (messageId: string) => boolean) => PageRead;
  /** Messages newly open in the page, each handed over once per page life. */
  onMessages: (messages: OpenMessage[]) => void;
  debounceMs?: number;
  /** Called with the counts (since the watch began) after every read that found, missed or failed something. */
  onHealth?: (health: AdapterHealth) => void;
  /** How long the view may stay missing where it belongs before that counts as one miss. */
  patienceMs?: number;
}

/**
 * How long a change to the view waits for the read that sees it. A busy mail app changes its view many times a
 * second; each read walks the open thread's messages, so reading at most this often keeps the cost to the page low
 * (on a 100-message thread with 1,000 changes, 400 rather than 250 ms saved about 2 ms of main-thread time), while a
 * message opened is still judged well within a second.
 */
export const READ_DEBOUNCE_MS = 400;

/** What a site's watcher is given: everything but how to find and read that site's page. */
export type SiteWatchOptions = Omit<MessageWatchOptions, 'findView' | 'viewBelongsAt' | 'read'>;

/**
 * Hands over every message the user opens in a single-page app, once per page life, and counts what it read,
 * missed and failed: the site-independent half of an adapter's watcher. A view that never shows where it belongs
 * counts as one miss after `patienceMs`. Returns a function that stops watching.
 */
export function watchOpenMessages(options: MessageWatchOptions): () => void {
  const {
    doc,
    win,
    findView,
    viewBelongsAt,
    read,
    onMessages,
    debounceMs = READ_DEBOUNCE_MS,
    onHealth,
    patienceMs = PATIENCE_MS,
  } = options;
  const handedOver = new Set<string>();
  const health: AdapterHealth = { read: 0, missed: 0, errors: 0 };

  const reportHealth = () => {
    try {
      onHealth?.({ ...health });
    } catch {
      // A failing health report must not stop the watch, nor be counted as a new error forever.
    }
  };

  const isKnown = (messageId: string) => handedOver.has(messageId);
  const readPage = () => {
    const { messages, misses } = read(doc, isKnown);
    // Marked before the hand-over, so a failing callback cannot make a message come back.
    const fresh: OpenMessage[] = [];
    for (const message of messages) {
      if (handedOver.has(message.messageId)) continue;
      handedOver.add(message.messageId);
      fresh.push(message);
    }
    health.read += fresh.length;
    if (misses.length > 0) health.missed++;
    if (fresh.length > 0 || misses.length > 0) reportHealth();
    if (fresh.length > 0) onMessages(fresh);
  };

  return watchView({
    doc,
    win,
    findView: withPatience(findView, {
      belongsAt: viewBelongsAt,
      patienceMs,
      onMissing: () => {
        health.missed++;
        reportHealth();
      },
    }),
    onChange: readPage,
    onError: () => {
      health.errors++;
      reportHealth();
    },
    debounceMs,
  });
}
