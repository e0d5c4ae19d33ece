// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { checkStatusSelectors } from '@/sites/status/selector-checks';
import { GREENHOUSE_PAGES } from './fixtures';
import { greenhouse, isGreenhouseStatusPage, jobIdOf } from './selectors';

checkStatusSelectors({
  fields: greenhouse,
  current: [GREENHOUSE_PAGES.cards],
  changed: { fixture: GREENHOUSE_PAGES.generated, lost: ['list', 'rows', 'company', 'role', 'status'] },
});

test('the job id is the same on a Greenhouse board and on an employer’s own site', () => {
  expect(jobIdOf('https://job-boards.greenhouse.io/fabrikam/jobs/5523901')).toBe('5523901');
  expect(jobIdOf('https://boards.greenhouse.io/fabrikam/jobs/5523901?gh_src=abc')).toBe('5523901');
  expect(jobIdOf('https://fabrikam.com/careers?gh_jid=5523901')).toBe('5523901');
  expect(jobIdOf('https://my.greenhouse.io/applications')).toBeUndefined();
});

test('the list of applications is the status page', () => {
  expect(isGreenhouseStatusPage(new URL(GREENHOUSE_PAGES.cards.url))).toBe(true);
  expect(isGreenhouseStatusPage(new URL('https://my.greenhouse.io/jobs'))).toBe(false);
});
