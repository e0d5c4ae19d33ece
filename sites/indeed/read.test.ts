// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mountFixture } from '@/sites/status/load-fixture';
import { INDEED_PAGES } from './fixtures';
import { readIndeed } from './read';

describe('readIndeed', () => {
  test('reads every card of the applied list', () => {
    expect(readIndeed(mountFixture(INDEED_PAGES.cards))).toEqual({
      rows: [
        {
          applicationId: '8f3a2c1d9e7b6a54',
          company: 'Northwind Traders',
          role: 'Data Analyst',
          status: 'Not selected by employer',
          appliedAt: Date.parse('2024-03-05'),
        },
        {
          applicationId: 'c41e0b7a22d95f13',
          company: 'Tailwind Logistics',
          role: 'Operations Coordinator',
          status: 'Application viewed',
          appliedAt: Date.parse('2024-03-11'),
        },
        {
          applicationId: '5b2d9f0e13a7c846',
          company: 'Fabrikam',
          role: 'Customer Success Manager',
          status: 'Not selected',
          appliedAt: Date.parse('2024-02-26'),
        },
        {
          applicationId: 'e09a6c3b71f42d85',
          company: 'Contoso',
          role: 'Applied Scientist',
          status: 'Applied',
          appliedAt: Date.parse('2024-03-14'),
        },
      ],
      misses: [],
    });
  });

  test('reads the newer list through links to jobs and companies and the status wording', () => {
    expect(readIndeed(mountFixture(INDEED_PAGES.list))).toEqual({
      rows: [
        {
          applicationId: '2a7f5e19c03b8d64',
          company: 'Lumen Studios',
          role: 'Marketing Specialist',
          status: 'Not selected by employer',
        },
        {
          applicationId: '9d04c8b6e17a2f35',
          company: 'Harbor & Pine',
          role: 'Junior Accountant',
          status: 'Application viewed',
        },
      ],
      misses: [],
    });
  });

  test('counts a card without its company as a miss, and skips it', () => {
    const doc = mountFixture(INDEED_PAGES.cards);
    doc.querySelector('[data-testid="company-name"]')?.remove();
    const { rows, misses } = readIndeed(doc);
    expect(misses).toEqual(['company']);
    expect(rows.map((row) => row.company)).toEqual(['Tailwind Logistics', 'Fabrikam', 'Contoso']);
  });
});
