// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadFixture, mountFixture } from '@/sites/status/load-fixture';
import { fallbackId } from '@/sites/status/read';
import { WORKDAY_PAGES } from './fixtures';
import { readWorkday } from './read';

describe('readWorkday', () => {
  test('reads every application of the list layout with its status, id and date', () => {
    expect(readWorkday(mountFixture(WORKDAY_PAGES.list))).toEqual({
      rows: [
        {
          applicationId: 'acme/R-10421',
          company: 'Acme Robotics',
          role: 'Senior Product Designer',
          status: 'Not Selected',
          appliedAt: Date.parse('2024-03-05'),
        },
        {
          applicationId: 'acme/R-10388',
          company: 'Acme Robotics',
          role: 'UX Researcher',
          status: 'Withdrawn',
          appliedAt: Date.parse('2024-02-20'),
        },
        {
          applicationId: 'acme/JR-2207',
          company: 'Acme Robotics',
          role: 'Robotics Engineer II',
          status: 'No Longer Under Consideration',
          appliedAt: Date.parse('2024-01-11'),
        },
      ],
      misses: [],
    });
  });

  test('reads the table layout through the fallbacks, naming the employer after the tenant', () => {
    const { rows, misses } = readWorkday(mountFixture(WORKDAY_PAGES.table));
    expect(misses).toEqual([]);
    expect(
      rows.map(({ applicationId, company, role, status }) => [applicationId, company, role, status]),
    ).toEqual([
      ['contoso/R0051234', 'Contoso', 'Data Analyst', 'In Review'],
      ['contoso/R0050977', 'Contoso', 'Applied Scientist', 'Not Selected'],
    ]);
  });

  test('reads candidate home inside the Workday app, naming the employer after the tenant', () => {
    const { rows, misses } = readWorkday(mountFixture(WORKDAY_PAGES.app));
    expect(misses).toEqual([]);
    expect(rows).toEqual([
      {
        applicationId: 'tailwind_traders/JR-5512',
        company: 'Tailwind Traders',
        role: 'Supply Chain Analyst',
        status: 'Not Selected',
        appliedAt: Date.parse('2024-04-02'),
      },
      {
        applicationId: 'tailwind_traders/JR-5390',
        company: 'Tailwind Traders',
        role: 'Procurement Lead',
        status: 'In Review',
        appliedAt: Date.parse('2024-03-14'),
      },
    ]);
  });

  test('falls back to a hash of company and role when no requisition id can be found', () => {
    const doc = mountFixture(WORKDAY_PAGES.list);
    for (const id of doc.querySelectorAll('[data-automation-id="requisitionId"]')) id.remove();
    for (const link of doc.querySelectorAll('a[href*="/job/"]')) link.setAttribute('href', '#');
    const { rows, misses } = readWorkday(doc);
    expect(misses).toEqual([]);
    expect(rows[0]?.applicationId).toBe(fallbackId('Acme Robotics', 'Senior Product Designer'));
  });

  test('counts a row without its status as a miss, and skips it', () => {
    const doc = mountFixture(WORKDAY_PAGES.list);
    doc.querySelector('[data-automation-id="status"]')?.remove();
    const { rows, misses } = readWorkday(doc);
    expect(misses).toEqual(['status']);
    expect(rows.map((row) => row.role)).toEqual(['UX Researcher', 'Robotics Engineer II']);
  });

  test('counts a list whose rows are no longer recognisable as a miss', () => {
    const doc = mountFixture(WORKDAY_PAGES.list);
    for (const row of doc.querySelectorAll('[data-automation-id="applicationRow"]')) {
      row.removeAttribute('data-automation-id');
      row.querySelector('a')?.removeAttribute('href');
    }
    expect(readWorkday(doc)).toEqual({ rows: [], misses: ['rows'] });
  });

  test('finds nothing, and misses nothing, on a page without a list of applications', () => {
    const doc = loadFixture(WORKDAY_PAGES.list);
    doc.querySelector('main')?.remove();
    expect(readWorkday(doc)).toEqual({ rows: [], misses: [] });
  });
});
