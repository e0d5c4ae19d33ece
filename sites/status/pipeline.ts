import type { RejectionReport, ReportOutcome } from '@/messaging/protocol';
import type { NewRejection } from '@/sites/pipeline';
import type { SiteId } from '@/sites/registry';
import type { StatusRow } from './types';
import { isDeclined } from './vocabulary';

export interface StatusPipelineDeps {
  site: SiteId;
  /** Where the rows were seen, so the user can go back to them. */
  pageUrl(): string | undefined;
  /** Hands the rejection to the background, which stores it once per application. */
  report(report: RejectionReport): Promise<ReportOutcome>;
  /**
   * Called with the first rejection stored for the first time in a batch of rows (one page read): a single
   * notice is enough, however many applications were declined at once.
   */
  onNewRejection(first: NewRejection): void;
  /** Whether the background holds any rejection from this site yet. */
  knowsSite(): Promise<boolean>;
  /** Stores decisions a page showed before the site was ever seen, quietly; answers how many were new. */
  reportHistory(reports: RejectionReport[]): Promise<number>;
  /** Called once with how many earlier decisions were stored quietly, for a single notice that says so. */
  onHistory(added: number): void;
  now?(): number;
}

/**
 * More declined rows than this at once, on a site never seen before, are history (years of "Not selected"
 * shown on a first visit), not news: stored quietly rather than each lighting the badge.
 */
export const QUIET_HISTORY_ABOVE = 3;

/** A declined status row as a rejection: the status the page shows is the whole reason. */
export function toStatusReport(site: SiteId, row: StatusRow, url: string | undefined, now: number) {
  const subject = row.role ? `${row.role} at ${row.company}` : row.company;
  return {
    key: `${site}:${row.applicationId}`,
    source: site,
    messageId: row.applicationId,
    company: row.company,
    role: row.role,
    excerpt: `${subject}: ${row.status}`,
    score: 1,
    reasons: [row.status],
    url,
    // The page shows when the candidate applied, not when the employer decided: the decision is dated when seen.
    receivedAt: now,
  } satisfies RejectionReport;
}

/**
 * Reports every declined row and offers the notice for new ones. The background keeps one record per key, so
 * a page seen again stores nothing new. One row's failure never stops the rest. The first time a site shows
 * several decisions at once, they are stored as seen with one notice that says how many.
 */
export function createStatusPipeline(
  deps: StatusPipelineDeps,
): (rows: readonly StatusRow[]) => Promise<void> {
  const now = deps.now ?? Date.now;

  /** Stores a first visit's decisions quietly; false when this is no first visit, or they could not be. */
  const keptAsHistory = async (declined: readonly StatusRow[]): Promise<boolean> => {
    try {
      if (declined.length <= QUIET_HISTORY_ABOVE || (await deps.knowsSite())) return false;
      const added = await deps.reportHistory(
        declined.map((row) => toStatusReport(deps.site, row, deps.pageUrl(), now())),
      );
      if (added > 0) deps.onHistory(added);
      return true;
    } catch (error) {
      console.debug('Comeback could not keep earlier decisions', error);
      return false;
    }
  };

  return async (rows) => {
    const declined = rows.filter((row) => isDeclined(row.status));
    if (await keptAsHistory(declined)) return;
    let first: NewRejection | undefined;
    for (const row of declined) {
      try {
        const report = toStatusReport(deps.site, row, deps.pageUrl(), now());
        const outcome = await deps.report(report);
        if (outcome.status === 'added')
          first ??= { id: outcome.id, key: report.key, company: row.company, words: outcome.words };
      } catch (error) {
        console.debug('Comeback could not report a status', error);
      }
    }
    if (first) deps.onNewRejection(first);
  };
}
