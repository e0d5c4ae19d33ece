import { describe, expect, it, vi } from 'vitest';
import type { MailInput, Verdict } from '@/detector/types';
import type { RejectionReport, ReportOutcome } from '@/messaging/protocol';
import { STORAGE_FULL } from '@/messaging/storage-full';
import { createPipeline, type NewRejection, type OpenMessage } from './pipeline';

const rejectionVerdict: Verdict = {
  rejection: true,
  score: 0.9,
  kind: 'rejection',
  reasons: ['We have decided to move forward with other candidates.'],
  company: 'Lumenfield',
  role: 'Product Designer',
  recruiter: 'Priya Raman',
  replyTo: 'priya@lumenfield.com',
  language: 'en',
};
const otherVerdict: Verdict = {
  rejection: false,
  score: 0.05,
  kind: 'acknowledgement',
  reasons: [],
  language: 'en',
};

function message(messageId: string, text: string): OpenMessage {
  return {
    messageId,
    subject: 'Your application',
    fromName: 'Priya Raman',
    fromEmail: 'priya@lumenfield.com',
    text,
  };
}

/** How the fake detector decides a message. */
type Decide = (input: MailInput) => Verdict;

function harness(
  outcome: ReportOutcome | Error = { status: 'added', id: 7 },
  load: (detect: Decide) => Promise<Decide> = async (detect) => detect,
) {
  const inputs: MailInput[] = [];
  const reports: RejectionReport[] = [];
  const notices: NewRejection[] = [];
  const missing: unknown[] = [];
  const storageFull: (string | undefined)[] = [];
  let loads = 0;
  const detect: Decide = (input) => {
    inputs.push(input);
    if (input.text.includes('boom')) throw new Error('detector failure');
    return input.text.includes('other candidates') ? rejectionVerdict : otherVerdict;
  };
  const run = createPipeline({
    source: 'gmail',
    loadJudge: async () => {
      loads += 1;
      const decide = await load(detect);
      return async (mails) => mails.map(decide);
    },
    onDetectorMissing: (error) => missing.push(error),
    report: async (report) => {
      reports.push(report);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    onNewRejection: (rejection) => notices.push(rejection),
    onStorageFull: (company) => storageFull.push(company),
    now: () => 1234,
  });
  return { run, inputs, reports, notices, missing, storageFull, loads: () => loads };
}

describe('createPipeline', () => {
  it('says storage is full instead of offering the plan, and goes on with the next message', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { run, reports, notices, storageFull } = harness(new Error(`Could not answer: ${STORAGE_FULL}`));
    await run([message('a', 'Sadly we chose other candidates.'), message('b', 'We chose other candidates.')]);
    expect(reports).toHaveLength(2);
    expect(storageFull).toEqual(['Lumenfield', 'Lumenfield']);
    expect(notices).toEqual([]);
  });

  it('offers nothing for other failures to store', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { run, notices, storageFull } = harness(new Error('the background was restarting'));
    await run([message('a', 'Sadly we chose other candidates.')]);
    expect(storageFull).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('reports a rejection with its metadata and offers the notice', async () => {
    const { run, inputs, reports, notices } = harness();
    await run([message('abc', 'Sadly we chose other candidates.')]);
    expect(inputs[0]?.from).toBe('Priya Raman <priya@lumenfield.com>');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      key: 'gmail:abc',
      company: 'Lumenfield',
      role: 'Product Designer',
      recruiterName: 'Priya Raman',
      recruiterEmail: 'priya@lumenfield.com',
      fromEmail: 'priya@lumenfield.com',
      excerpt: 'Sadly we chose other candidates.',
      receivedAt: 1234,
    });
    expect(notices).toEqual([{ id: 7, key: 'gmail:abc', company: 'Lumenfield' }]);
  });

  it("passes on the notice's words that came with the background's answer", async () => {
    const words = {
      lang: 'en',
      title: 'A no from Lumenfield',
      body: 'Your plan is ready.',
      openPlan: 'Open my plan',
      notRejection: 'Not a rejection',
      close: 'Close',
      removed: 'Removed.',
    };
    const { run, notices } = harness({ status: 'added', id: 7, words });
    await run([message('abc', 'Sadly we chose other candidates.')]);
    expect(notices).toEqual([{ id: 7, key: 'gmail:abc', company: 'Lumenfield', words }]);
  });

  it("keeps the message's opening after its greeting, its spaces collapsed", async () => {
    const { run, reports } = harness();
    await run([
      message(
        'greeted',
        'Hi Alex,\n\nThank you for   your time  with the team.\nSadly we went with other candidates.\n\nBest,\nPriya',
      ),
      message('hallo', 'Hallo Alex,\nleider haben wir uns für other candidates entschieden.'),
      message('named', 'Alex,\n\nWe chose other candidates this time.'),
      message('plain', 'After careful thought we chose other candidates.\nThank you.'),
      message('inline', 'Hi Alex, sadly we chose other candidates.\nAll the best.'),
    ]);
    expect(reports.map((report) => report.excerpt)).toEqual([
      'Thank you for your time with the team. Sadly we went with other candidates. Best, Priya',
      'leider haben wir uns für other candidates entschieden.',
      'We chose other candidates this time.',
      'After careful thought we chose other candidates. Thank you.',
      'Hi Alex, sadly we chose other candidates. All the best.',
    ]);
  });

  it('clips a long opening to 280 characters on a word boundary, with an ellipsis', async () => {
    const { run, reports } = harness();
    const sentence = 'We were impressed by your portfolio and the care in your case study. ';
    await run([message('long', `Dear Alex,\n${sentence.repeat(6)}\nSadly we chose other candidates.`)]);
    const excerpt = reports[0]?.excerpt ?? '';
    expect(excerpt.length).toBeLessThanOrEqual(280);
    expect(excerpt.length).toBeGreaterThan(200);
    expect(excerpt.startsWith('We were impressed by your portfolio')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    // Whole words only: what comes before the ellipsis is a prefix of the text ending where a word ends.
    const kept = excerpt.slice(0, -1);
    expect(sentence.repeat(6).startsWith(kept)).toBe(true);
    expect(sentence.repeat(6)[kept.length]).toBe(' ');
  });

  it('keeps the deciding sentence when the body has no words of its own', async () => {
    const { run, reports } = harness(undefined, async () => () => rejectionVerdict);
    await run([message('empty', '  \n ')]);
    expect(reports[0]?.excerpt).toBe('We have decided to move forward with other candidates.');
  });

  it('reports nothing for a message that is not a rejection', async () => {
    const { run, reports } = harness();
    await run([message('ack', 'We received your application.')]);
    expect(reports).toEqual([]);
  });

  it('offers no notice for a rejection already known or dismissed', async () => {
    for (const outcome of [{ status: 'known', id: 7 }, { status: 'dismissed' }] as const) {
      const { run, reports, notices } = harness(outcome);
      await run([message('abc', 'other candidates')]);
      expect(reports).toHaveLength(1);
      expect(notices).toEqual([]);
    }
  });

  it('asks for the detector only once there is a message to judge', async () => {
    const { run, loads } = harness();
    await run([]);
    expect(loads()).toBe(0);
    await run([message('ack', 'We received your application.')]);
    expect(loads()).toBe(1);
  });

  it('says so when the detector cannot be loaded, judges nothing and throws nothing', async () => {
    const failure = new Error('no detector here');
    const { run, inputs, reports, notices, missing } = harness(undefined, async () => {
      throw failure;
    });
    await expect(run([message('abc', 'Sadly we chose other candidates.')])).resolves.toBeUndefined();
    expect(missing).toEqual([failure]);
    expect([inputs, reports, notices]).toEqual([[], [], []]);
  });

  it('judges the messages opened while the detector could not load once it loads', async () => {
    let attempts = 0;
    const { run, reports, missing } = harness(undefined, async (detect) => {
      attempts += 1;
      if (attempts === 1) throw new Error('not this time');
      return detect;
    });
    await run([message('missed', 'We went with other candidates.')]);
    expect(reports).toEqual([]);
    await run([message('next', 'We received your application.')]);
    expect(missing).toHaveLength(1);
    expect(reports.map((report) => report.messageId)).toEqual(['missed']);
    // Judged once: a later batch does not bring it back.
    await run([message('later', 'Thanks for applying.')]);
    expect(reports.map((report) => report.messageId)).toEqual(['missed']);
  });

  it('keeps only the latest messages waiting for the detector', async () => {
    let attempts = 0;
    const { run, inputs } = harness(undefined, async (detect) => {
      attempts += 1;
      if (attempts <= 30) throw new Error('still missing');
      return detect;
    });
    for (let i = 0; i < 30; i++) await run([message(`m${i}`, `message ${i}`)]);
    await run([message('last', 'message last')]);
    expect(inputs.map((input) => input.text)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `message ${i + 10}`),
      'message last',
    ]);
  });

  it('keeps the messages of a judgement that failed, and judges them with the next ones', async () => {
    let judgements = 0;
    const { run, reports, missing } = harness(undefined, async (detect) => (input) => {
      judgements += 1;
      if (judgements === 1) throw new Error('the worker stopped');
      return detect(input);
    });
    await run([
      message('first', 'Sadly we went with other candidates.'),
      message('ack', 'Thanks for applying.'),
    ]);
    expect(reports).toEqual([]);
    expect(missing).toHaveLength(1);
    await run([message('next', 'We chose other candidates.')]);
    expect(reports.map((report) => report.messageId)).toEqual(['first', 'next']);
  });
});
