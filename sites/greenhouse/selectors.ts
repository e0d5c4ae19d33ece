import { attribute, element, elements } from '@/sites/fallbacks';
import { listAround, parseDateTime, rowsAround, statusWords, text } from '@/sites/status/probes';
import type { StatusFields } from '@/sites/status/types';

/** Every application links to its job: on a Greenhouse job board, or on the employer's site with `gh_jid`. */
const JOB_LINK = 'a[href*="greenhouse.io/"][href*="/jobs/"], a[href*="gh_jid="]';

/** Greenhouse numbers jobs across all its employers, so the job id alone names the application. */
export function jobIdOf(href: string): string | undefined {
  const url = new URL(href, 'https://my.greenhouse.io');
  return url.searchParams.get('gh_jid') ?? /\/jobs\/(\d+)/.exec(url.pathname)?.[1];
}

/** A company logo's text, "Fabrikam logo" → "Fabrikam". */
const logoName = (alt: string) => alt.replace(/\s+logo$/i, '').trim() || undefined;

/**
 * Where MyGreenhouse keeps each part of the list of applications, best guess first: its class names, then the
 * links to jobs, company logos and the status wording. `selectors.test.ts` runs every probe on the pages in
 * `fixtures/`.
 */
export const greenhouse: StatusFields = {
  list: [element('.applications-list'), listAround(JOB_LINK)],
  rows: [elements('.application-card'), rowsAround(JOB_LINK)],
  company: [text('.application-card__company'), attribute('img[alt]', 'alt', logoName)],
  role: [text('.application-card__job-title'), text(JOB_LINK)],
  status: [text('.status-badge'), statusWords],
  applicationId: [attribute(JOB_LINK, 'href', jobIdOf)],
  appliedAt: [attribute('time[datetime]', 'datetime', parseDateTime)],
};

/** The list of applications. */
export const isGreenhouseStatusPage = (url: URL) => /^\/applications\/?$/.test(url.pathname);
