import { attribute, element, elements } from '@/sites/fallbacks';
import { listAround, parseDateTime, rowsAround, statusWords, text } from '@/sites/status/probes';
import type { StatusFields } from '@/sites/status/types';

/** Every application links to its job by Indeed's job key, `viewjob?jk=…`. */
const JOB_LINK = 'a[href*="jk="]';

/** The job key in a link to a job: Indeed's own id for it, the same on every Indeed page. */
export function jobKeyOf(href: string): string | undefined {
  return new URL(href, 'https://www.indeed.com').searchParams.get('jk') ?? undefined;
}

/**
 * Where Indeed's "My jobs" keeps each part of the applied list, best guess first: its test ids, then Indeed's
 * job key (`data-jk`, carried by job cards all over Indeed), then links to jobs (`jk=`) and companies (`/cmp/`)
 * and the status wording. `selectors.test.ts` runs every probe on the pages in `fixtures/`.
 */
export const indeed: StatusFields = {
  list: [
    element('[data-testid="applied-jobs-list"]'),
    { via: 'parent of [data-jk]', read: (doc) => doc.querySelector('[data-jk]')?.parentElement ?? undefined },
    listAround(JOB_LINK),
  ],
  rows: [elements('[data-testid="applied-job-card"]'), elements('[data-jk]'), rowsAround(JOB_LINK)],
  company: [text('[data-testid="company-name"]'), text('a[href*="/cmp/"]')],
  role: [text('[data-testid="job-title"]'), text(JOB_LINK)],
  status: [text('[data-testid="status-tag"]'), statusWords],
  applicationId: [attribute('[data-jk]', 'data-jk'), attribute(JOB_LINK, 'href', jobKeyOf)],
  appliedAt: [attribute('time[datetime]', 'datetime', parseDateTime)],
};

/** The applied tab, where the list of applications must show. */
export const isIndeedStatusPage = (url: URL) => /^\/applied\/?$/.test(url.pathname);
