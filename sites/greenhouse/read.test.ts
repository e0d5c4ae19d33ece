// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mountFixture } from '@/sites/status/load-fixture';
import { GREENHOUSE_PAGES } from './fixtures';
import { readGreenhouse } from './read';

describe('readGreenhouse', () => {
  test('reads every card with its status', () => {
    expect(readGreenhouse(mountFixture(GREENHOUSE_PAGES.cards))).toEqual({
      rows: [
        {
          applicationId: '4012345008',
          company: 'Northwind Labs',
          role: 'Product Designer',
          status: 'Not moving forward',
          appliedAt: Date.parse('2024-03-01T16:20:00Z'),
        },
        {
          applicationId: '5523901',
          company: 'Fabrikam',
          role: 'Frontend Engineer',
          status: 'Application submitted',
          appliedAt: Date.parse('2024-03-09T09:02:00Z'),
        },
        {
          applicationId: '7710042',
          company: 'Lumen Health',
          role: 'Data Engineer',
          status: 'Interviewing',
          appliedAt: Date.parse('2024-02-14T12:00:00Z'),
        },
      ],
      misses: [],
    });
  });

  test('reads generated markup through job links, logos and the status wording', () => {
    expect(readGreenhouse(mountFixture(GREENHOUSE_PAGES.generated))).toEqual({
      rows: [
        {
          applicationId: '6034117',
          company: 'Contoso',
          role: 'Site Reliability Engineer',
          status: 'No longer under consideration',
        },
        { applicationId: '4481120', company: 'Tailspin Toys', role: 'Game Designer', status: 'In review' },
      ],
      misses: [],
    });
  });

  test('counts a card whose status is gone as a miss', () => {
    const doc = mountFixture(GREENHOUSE_PAGES.cards);
    for (const part of doc.querySelectorAll('.status-badge, .application-card__meta')) part.remove();
    expect(readGreenhouse(doc)).toEqual({ rows: [], misses: ['status'] });
  });
});
