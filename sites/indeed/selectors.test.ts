// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { readField } from '@/sites/fallbacks';
import { mountFixture, type StatusFixture } from '@/sites/status/load-fixture';
import { checkStatusSelectors } from '@/sites/status/selector-checks';
import { INDEED_PAGES } from './fixtures';
import { indeed, isIndeedStatusPage, jobKeyOf } from './selectors';

checkStatusSelectors({
  fields: indeed,
  current: [INDEED_PAGES.cards],
  changed: {
    fixture: INDEED_PAGES.list,
    lost: ['list', 'rows', 'company', 'role', 'status', 'applicationId'],
  },
});

function rowsOf(page: StatusFixture): Element[] {
  const doc = mountFixture(page);
  return readField(indeed.rows, readField(indeed.list, doc) as Element) ?? [];
}

test('the application id is the job key, from the card or from its link', () => {
  const rows = rowsOf(INDEED_PAGES.cards);
  const keys = ['8f3a2c1d9e7b6a54', 'c41e0b7a22d95f13', '5b2d9f0e13a7c846', 'e09a6c3b71f42d85'];
  for (const probe of indeed.applicationId) expect(rows.map((row) => probe.read(row))).toEqual(keys);
  expect(jobKeyOf('/viewjob?jk=2a7f5e19c03b8d64')).toBe('2a7f5e19c03b8d64');
  expect(jobKeyOf('https://www.indeed.com/cmp/Contoso')).toBeUndefined();
});

test('the status is the tag, never a choice of the hidden "Update status" menu nor the applied date', () => {
  const [first] = rowsOf(INDEED_PAGES.cards);
  expect(indeed.status.map((probe) => probe.read(first as Element))).toEqual([
    'Not selected by employer',
    'Not selected by employer',
  ]);
  expect(rowsOf(INDEED_PAGES.list).map((row) => readField(indeed.status, row))).toEqual([
    'Not selected by employer',
    'Application viewed',
  ]);
});

test('the applied tab is the status page', () => {
  expect(isIndeedStatusPage(new URL('https://myjobs.indeed.com/applied'))).toBe(true);
  expect(isIndeedStatusPage(new URL('https://myjobs.indeed.com/saved'))).toBe(false);
});
