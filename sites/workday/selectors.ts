import { attribute, element, elements } from '@/sites/fallbacks';
import { isAt } from '@/sites/patience';
import { listAround, parseDateTime, rowsAround, statusWords, text } from '@/sites/status/probes';
import type { StatusFields } from '@/sites/status/types';
import { companyFromTitle, requisitionFromJobPath, tenantName, tenantOf } from './values';

/** Every application on candidate home links to its job posting. */
const JOB_LINK = 'a[href*="/job/"]';

/** The employer's tenant, from the address of the page the row is in. */
function tenantAround(row: Element): string | undefined {
  // Documents without a window (parsed, saved) have no location.
  const location: Location | null = row.ownerDocument.location;
  return location ? tenantOf(new URL(location.href)) : undefined;
}

/** Requisition ids repeat across employers, so an application's id carries its employer's tenant. */
function ofEmployer(read: (row: Element) => string | undefined) {
  return (row: Element) => {
    const requisition = read(row);
    const employer = tenantAround(row) ?? companyFromTitle(row.ownerDocument.title);
    return requisition && employer ? `${employer}/${requisition}` : undefined;
  };
}

const requisitionText = text('[data-automation-id="requisitionId"]');
const requisitionInLink = attribute(JOB_LINK, 'href', requisitionFromJobPath);

/**
 * Where Workday's candidate home keeps each part of "My Applications", best guess first. Workday marks its
 * parts with `data-automation-id`, which outlives its generated class names; the fallbacks need only the links
 * to job postings and the status wording. `selectors.test.ts` runs every probe on the pages in `fixtures/`.
 */
export const workday: StatusFields = {
  list: [element('[data-automation-id="applicationsList"]'), listAround(JOB_LINK)],
  rows: [elements('[data-automation-id="applicationRow"]'), rowsAround(JOB_LINK)],
  company: [
    { via: 'career site title', read: (row) => companyFromTitle(row.ownerDocument.title) },
    {
      via: 'tenant in the address',
      read: (row) => {
        const tenant = tenantAround(row);
        return tenant && tenantName(tenant);
      },
    },
  ],
  role: [text('[data-automation-id="jobTitle"]'), text(JOB_LINK)],
  status: [text('[data-automation-id="status"]'), statusWords],
  applicationId: [
    { via: `${requisitionText.via} of the tenant`, read: ofEmployer(requisitionText.read) },
    { via: `${requisitionInLink.via} of the tenant`, read: ofEmployer(requisitionInLink.read) },
  ],
  appliedAt: [
    attribute('time[data-automation-id="dateSubmitted"]', 'datetime', parseDateTime),
    attribute('time[datetime]', 'datetime', parseDateTime),
  ],
};

/** Candidate home, where applications are listed: `…/<site>/userHome`. */
export const isWorkdayStatusPage = (url: URL) => /\/userHome\/?$/i.test(url.pathname);

/** The headings candidate home shows above the applications, in the languages Workday serves it in. */
const CANDIDATE_HEADING =
  /^(?:candidate home|my applications|kandidaten-startseite|meine bewerbungen|accueil (?:du )?candidat|mes candidatures|página de inicio del candidato|mis solicitudes|mis candidaturas)$/i;
/** Where a page says what it is: its headings, Workday's page title, and labelled landmarks. */
const PAGE_NAMES =
  'h1, h2, [role="heading"], [data-automation-id="pageHeaderTitleText"], main[aria-label], [role="main"][aria-label]';

/**
 * Whether `doc` is a candidate's own list of applications. The Workday app (`*.myworkday.com/<tenant>/…`)
 * shows candidate home at addresses that say nothing of it, beside an employee's own HR pages on the same host:
 * there only what the page calls itself tells them apart.
 */
export function isCandidateHome(doc: Document): boolean {
  if (isAt(doc, isWorkdayStatusPage)) return true;
  for (const named of doc.querySelectorAll(PAGE_NAMES)) {
    const name = named.matches('main, [role="main"]') ? named.getAttribute('aria-label') : named.textContent;
    if (CANDIDATE_HEADING.test((name ?? '').replace(/\s+/g, ' ').trim())) return true;
  }
  return false;
}
