import { expect, test } from 'vitest';
import { companyFromTitle, requisitionFromJobPath, tenantName, tenantOf } from './values';

test('the tenant is the first label of a career site host, or the first path segment of the Workday app', () => {
  expect(tenantOf(new URL('https://acme.wd5.myworkdayjobs.com/en-US/External/userHome'))).toBe('acme');
  expect(tenantOf(new URL('https://wd3.myworkday.com/tailwind_traders/d/home.htmld'))).toBe(
    'tailwind_traders',
  );
  expect(tenantOf(new URL('https://careers.acme.com/userHome'))).toBeUndefined();
  expect(tenantOf(new URL('https://wd5.myworkdaysite.com/en-US/userHome'))).toBeUndefined();
});

test('the tenant follows `/recruiting/` on the shared Workday hosts', () => {
  expect(tenantOf(new URL('https://wd3.myworkdaysite.com/recruiting/acme/External/userHome'))).toBe('acme');
  expect(tenantOf(new URL('https://wd5.myworkday.com/recruiting/northwind/Careers/userHome'))).toBe(
    'northwind',
  );
  expect(tenantName('tailwind_traders')).toBe('Tailwind Traders');
});

test('the employer is read from the parts of a career site title that name one', () => {
  expect(companyFromTitle('Candidate Home | Acme Robotics Careers')).toBe('Acme Robotics');
  expect(companyFromTitle('Careers at Northwind Labs')).toBe('Northwind Labs');
  expect(companyFromTitle('Contoso Career Site - Candidate Home')).toBe('Contoso');
  for (const generic of ['Candidate Home', 'Careers', 'External Careers', 'Search for Jobs'])
    expect(companyFromTitle(generic), generic).toBeUndefined();
});

test('a job link gives its requisition id, else the job path', () => {
  expect(requisitionFromJobPath('/en-US/External/job/Berlin/Senior-Product-Designer_R-10421')).toBe(
    'R-10421',
  );
  expect(requisitionFromJobPath('/en-US/External/job/Berlin/Designer')).toBe('Berlin/Designer');
  expect(requisitionFromJobPath('/en-US/External/userHome')).toBeUndefined();
});
