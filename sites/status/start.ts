import { send } from '@/messaging/send';
import { offerHistoryNotice, offerNotice } from '@/sites/offer-notice';
import type { SiteId } from '@/sites/registry';
import { createStatusPipeline } from './pipeline';
import type { StatusRow } from './types';

/** A status site's watcher: hands over newly seen rows until the returned function stops it. */
export type StatusWatch = (onRows: (rows: StatusRow[]) => void) => () => void;

/**
 * The wiring every status-page content script shares: watch the list of applications, report each declined
 * one to the background and offer the notice for the first new one of a read (or, on a first visit showing
 * many, one notice that says how many were kept quietly). Returns the function that stops
 * it all.
 */
export function startStatusDetection(site: SiteId, doc: Document, watch: StatusWatch): () => void {
  const run = createStatusPipeline({
    site,
    pageUrl: () => doc.location?.href,
    report: (report) => send('reportRejection', report),
    onNewRejection: (rejection) => offerNotice(doc, rejection),
    knowsSite: async () => (await send('knowsSite', { site })).known,
    reportHistory: async (reports) => (await send('addStatusHistory', { reports })).added,
    onHistory: (added) => offerHistoryNotice(doc, added),
  });
  return watch((rows) => void run(rows));
}
