import type { AdapterHealth } from '@/sites/health';
import { isAt, PATIENCE_MS, withPatience } from '@/sites/patience';
import { watchView } from '@/sites/watch';
import type { StatusRead, StatusRow } from './types';

/** What a site adapter tells the shared watcher about its status page. */
export interface StatusPage {
  read(doc: Document): StatusRead;
  /** The list of applications, the one part of the page worth observing. */
  findList(doc: Document): Element | undefined;
  /** Whether an address is where the site lists applications: there, a list that never shows is a miss. */
  isStatusPage(url: URL): boolean;
}

export interface StatusWatchOptions {
  doc: Document;
  win: Window;
  /** Rows newly seen in the page (or seen with a new status), each handed over once per page life. */
  onRows: (rows: StatusRow[]) => void;
  /** Called with the counts (since the watch began) after every read that found, missed or failed something. */
  onHealth?: (health: AdapterHealth) => void;
  debounceMs?: number;
  /** How long the status page may go without its list before the page counts as no longer looking as expected. */
  patienceMs?: number;
}

/**
 * Hands over the applications a site lists, as they load and whenever the list changes (another tab, more
 * rows). On the status page itself it reports a miss when a row lacks a part it should have, or when no list
 * shows at all for `patienceMs` (once per page life, and only if the list was never found: an empty tab later
 * on is normal). Returns a function that stops watching.
 */
export function watchStatus(page: StatusPage, options: StatusWatchOptions): () => void {
  const { doc, win, onRows, onHealth, debounceMs = 250, patienceMs = PATIENCE_MS } = options;
  const handedOver = new Set<string>();
  const health: AdapterHealth = { read: 0, missed: 0, errors: 0 };

  const reportHealth = () => {
    try {
      onHealth?.({ ...health });
    } catch {
      // A failing health report must not stop the watch, nor be counted as a new error forever.
    }
  };

  /** Runs on every look for the list (each poll and navigation), so a list that never comes is noticed. */
  const findList = withPatience((current) => page.findList(current), {
    belongsAt: page.isStatusPage,
    patienceMs,
    onMissing: () => {
      health.missed++;
      reportHealth();
    },
  });

  const read = () => {
    const { rows, misses } = page.read(doc);
    // A status that changes while the page is open is news too.
    const fresh = rows.filter((row) => !handedOver.has(`${row.applicationId}\n${row.status}`));
    // Marked before the hand-over, so a failing callback cannot make a row come back.
    for (const row of fresh) handedOver.add(`${row.applicationId}\n${row.status}`);
    health.read += fresh.length;
    // Elsewhere on the site a list of job links without statuses (search results) is no sign of change.
    const missed = misses.length > 0 && isAt(doc, page.isStatusPage);
    if (missed) health.missed++;
    if (fresh.length > 0 || missed) reportHealth();
    if (fresh.length > 0) onRows(fresh);
  };

  return watchView({
    doc,
    win,
    findView: findList,
    onChange: read,
    onError: () => {
      health.errors++;
      reportHealth();
    },
    debounceMs,
  });
}
