import { describe, expect, it, vi } from 'vitest';
import type { RejectionReport, ReportOutcome } from '@/messaging/protocol';
import type { NewRejection } from '@/sites/pipeline';
import { createStatusPipeline, QUIET_HISTORY_ABOVE } from './pipeline';
import type { StatusRow } from './types';

const row = (applicationId: string, status: string, company = 'Acme Robotics', role?: string): StatusRow => ({
  applicationId,
  company,
  role,
  status,
});

function harness(outcomes: Record<string, ReportOutcome> = {}, siteKnown = true) {
  const reports: RejectionReport[] = [];
  const notices: NewRejection[] = [];
  const history: RejectionReport[][] = [];
  const historyNotices: number[] = [];
  let known = siteKnown;
  let nextId = 1;
  const run = createStatusPipeline({
    site: 'workday',
    pageUrl: () => 'https://acme.wd5.myworkdayjobs.com/en-US/External/userHome',
    report: async (report) => {
      if (report.key.endsWith('boom')) throw new Error('background unreachable');
      reports.push(report);
      return outcomes[report.key] ?? { status: 'added', id: nextId++ };
    },
    onNewRejection: (first) => notices.push(first),
    knowsSite: async () => known,
    reportHistory: async (batch) => {
      history.push(batch);
      known = true;
      return batch.length;
    },
    onHistory: (added) => historyNotices.push(added),
    now: () => 1234,
  });
  return { run, reports, notices, history, historyNotices };
}

const declinedRows = (count: number) =>
  Array.from({ length: count }, (_, at) => row(`old-${at}`, 'Not Selected', `Company ${at}`));

describe('createStatusPipeline', () => {
  it('reports a declined row with the status as its reason and offers the notice', async () => {
    const { run, reports, notices } = harness();
    await run([row('acme/R-1', 'Not Selected', 'Acme Robotics', 'Senior Product Designer')]);
    expect(reports).toEqual([
      {
        key: 'workday:acme/R-1',
        source: 'workday',
        messageId: 'acme/R-1',
        company: 'Acme Robotics',
        role: 'Senior Product Designer',
        excerpt: 'Senior Product Designer at Acme Robotics: Not Selected',
        score: 1,
        reasons: ['Not Selected'],
        url: 'https://acme.wd5.myworkdayjobs.com/en-US/External/userHome',
        receivedAt: 1234,
      },
    ]);
    expect(notices).toEqual([{ id: 1, key: 'workday:acme/R-1', company: 'Acme Robotics' }]);
  });

  it('reports nothing for statuses that are not a decision against the candidate', async () => {
    const { run, reports, notices } = harness();
    await run([
      row('a', 'In Review'),
      row('b', 'Withdrawn'),
      row('c', 'Inactive'),
      row('d', 'Offer declined'),
    ]);
    expect(reports).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('offers one notice for several new rejections, naming the first; none for known or dismissed ones', async () => {
    const { run, reports, notices } = harness({
      'workday:known': { status: 'known', id: 9 },
      'workday:gone': { status: 'dismissed' },
    });
    await run([
      row('known', 'Rejected', 'Northwind'),
      row('gone', 'Rejected', 'Fabrikam'),
      row('new-1', 'Position filled', 'Contoso'),
      row('new-2', 'Not selected', 'Lumen'),
    ]);
    expect(reports.map((report) => report.key)).toEqual([
      'workday:known',
      'workday:gone',
      'workday:new-1',
      'workday:new-2',
    ]);
    expect(notices).toEqual([{ id: 1, key: 'workday:new-1', company: 'Contoso' }]);

    await run([row('known', 'Rejected', 'Northwind')]);
    expect(notices).toHaveLength(1);
  });

  it('names only the company in the excerpt when the role is unknown', async () => {
    const { run, reports } = harness();
    await run([row('x', 'Unsuccessful', 'Contoso')]);
    expect(reports[0]?.excerpt).toBe('Contoso: Unsuccessful');
    expect(reports[0]?.role).toBeUndefined();
  });

  it('goes on with the next row when one fails', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { run, reports, notices } = harness();
    await run([row('boom', 'Rejected'), row('fine', 'Rejected', 'Contoso')]);
    expect(reports.map((report) => report.key)).toEqual(['workday:fine']);
    expect(notices.map((notice) => notice.company)).toEqual(['Contoso']);
    expect(debug).toHaveBeenCalledOnce();
    debug.mockRestore();
  });

  it('keeps many decisions on a site seen for the first time as history, with one notice that counts them', async () => {
    const { run, reports, notices, history, historyNotices } = harness({}, false);
    await run([row('open', 'In Review'), ...declinedRows(5)]);
    expect(reports).toEqual([]);
    expect(notices).toEqual([]);
    expect(history.map((batch) => batch.map((report) => report.key))).toEqual([
      ['workday:old-0', 'workday:old-1', 'workday:old-2', 'workday:old-3', 'workday:old-4'],
    ]);
    expect(historyNotices).toEqual([5]);

    // A decision that comes later is news again.
    await run([row('new', 'Not Selected', 'Contoso')]);
    expect(reports.map((report) => report.key)).toEqual(['workday:new']);
    expect(notices).toEqual([{ id: 1, key: 'workday:new', company: 'Contoso' }]);
    expect(historyNotices).toEqual([5]);
  });

  it('reports each decision as news when the site was seen before, or when only a few show at once', async () => {
    const known = harness({}, true);
    await known.run(declinedRows(5));
    expect(known.history).toEqual([]);
    expect(known.reports).toHaveLength(5);
    expect(known.notices).toHaveLength(1);

    const few = harness({}, false);
    await few.run(declinedRows(QUIET_HISTORY_ABOVE));
    expect(few.history).toEqual([]);
    expect(few.reports).toHaveLength(QUIET_HISTORY_ABOVE);
    expect(few.historyNotices).toEqual([]);
  });
});
