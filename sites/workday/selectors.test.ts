// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { readField } from '@/sites/fallbacks';
import { mountFixture } from '@/sites/status/load-fixture';
import { checkStatusSelectors } from '@/sites/status/selector-checks';
import { WORKDAY_PAGES } from './fixtures';
import { isCandidateHome, isWorkdayStatusPage, workday } from './selectors';

checkStatusSelectors({
  fields: workday,
  current: [WORKDAY_PAGES.list],
  changed: {
    fixture: WORKDAY_PAGES.table,
    lost: ['list', 'rows', 'company', 'role', 'status', 'applicationId', 'appliedAt'],
  },
});

function rowsOf(page: (typeof WORKDAY_PAGES)[keyof typeof WORKDAY_PAGES]): Element[] {
  const doc = mountFixture(page);
  return readField(workday.rows, readField(workday.list, doc) as Element) ?? [];
}

test('the employer comes from the career site title, else from the tenant in the address', () => {
  const [named] = rowsOf(WORKDAY_PAGES.list);
  expect(workday.company.map((probe) => probe.read(named as Element))).toEqual(['Acme Robotics', 'Acme']);
  const [untitled] = rowsOf(WORKDAY_PAGES.table);
  expect(workday.company.map((probe) => probe.read(untitled as Element))).toEqual([undefined, 'Contoso']);
});

test('application ids are requisition ids of the tenant, whether shown or only in the job link', () => {
  const rows = rowsOf(WORKDAY_PAGES.list);
  for (const probe of workday.applicationId) {
    expect(rows.map((row) => probe.read(row))).toEqual(['acme/R-10421', 'acme/R-10388', 'acme/JR-2207']);
  }
  expect(rowsOf(WORKDAY_PAGES.table).map((row) => readField(workday.applicationId, row))).toEqual([
    'contoso/R0051234',
    'contoso/R0050977',
  ]);
});

test('the status is the label, not an icon, a button or a job title that starts like a status', () => {
  expect(rowsOf(WORKDAY_PAGES.list).map((row) => readField(workday.status, row))).toEqual([
    'Not Selected',
    'Withdrawn',
    'No Longer Under Consideration',
  ]);
  expect(rowsOf(WORKDAY_PAGES.table).map((row) => readField(workday.status, row))).toEqual([
    'In Review',
    'Not Selected',
  ]);
});

test('candidate home is the status page; job search and postings are not', () => {
  const at = (url: string) => isWorkdayStatusPage(new URL(url));
  expect(at(WORKDAY_PAGES.list.url)).toBe(true);
  expect(at('https://acme.wd5.myworkdayjobs.com/de-DE/External/userHome/')).toBe(true);
  expect(at('https://acme.wd5.myworkdayjobs.com/en-US/External')).toBe(false);
  expect(at('https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Designer_R-1')).toBe(false);
});

test('candidate home inside the Workday app is known by its heading, where the address says nothing', () => {
  const doc = mountFixture(WORKDAY_PAGES.app);
  expect(isWorkdayStatusPage(new URL(WORKDAY_PAGES.app.url))).toBe(false);
  expect(isCandidateHome(doc)).toBe(true);
  doc.querySelector('h1')?.remove();
  // The landmark's label says it too.
  expect(isCandidateHome(doc)).toBe(true);
  doc.querySelector('main')?.removeAttribute('aria-label');
  // An employee's own HR page on the same host: rows of links, but no candidate heading.
  expect(isCandidateHome(doc)).toBe(false);
});

test('a heading only names candidate home when it says so as a whole', () => {
  const doc = mountFixture({
    ...WORKDAY_PAGES.app,
    url: 'https://wd5.myworkday.com/tailwind_traders/d/home.htmld',
  });
  const heading = doc.querySelector('h1') as Element;
  doc.querySelector('main')?.removeAttribute('aria-label');
  heading.textContent = 'Meine Bewerbungen';
  expect(isCandidateHome(doc)).toBe(true);
  heading.textContent = 'My Applications and Approvals Inbox';
  expect(isCandidateHome(doc)).toBe(false);
});

test('in the Workday app the employer and ids come from the tenant in the address', () => {
  const rows = rowsOf(WORKDAY_PAGES.app);
  expect(rows.map((row) => readField(workday.company, row))).toEqual([
    'Tailwind Traders',
    'Tailwind Traders',
  ]);
  expect(rows.map((row) => readField(workday.applicationId, row))).toEqual([
    'tailwind_traders/JR-5512',
    'tailwind_traders/JR-5390',
  ]);
});
