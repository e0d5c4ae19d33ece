// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addHealth, type SiteHealth } from '@/storage/health';
import { SiteRow } from './SiteRow';

afterEach(cleanup);

/** The totals stored after each report, one after the other. */
const healthAfter = (...reports: [read: number, missed: number, at: number][]): SiteHealth | undefined =>
  reports.reduce<SiteHealth | undefined>(
    (total, [read, missed, at]) => addHealth(total, { read, missed, errors: 0 }, at),
    undefined,
  );

describe('SiteRow', () => {
  it('says the page changed when the latest reports read messages but missed parts of them', () => {
    render(
      <SiteRow site="outlook" on health={healthAfter([3, 0, 100], [1, 1, 200])} onToggle={() => undefined} />,
    );
    const line = screen.getByText('Outlook: the page changed, detection may miss');
    expect(line.className).toBe('cb-health-changed');
    expect(screen.getByText(/Chrome Web Store/)).toBeTruthy();
  });

  it('says the site works again after a clean report', () => {
    render(
      <SiteRow
        site="outlook"
        on
        health={healthAfter([3, 0, 100], [1, 1, 200], [2, 0, 300])}
        onToggle={() => undefined}
      />,
    );
    expect(screen.getByText('Outlook: working')).toBeTruthy();
    expect(screen.queryByText(/Chrome Web Store/)).toBeNull();
  });
});
