import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '@/detector/types';
import { onDemandJudge } from './judge-loader';
import type { Judge } from './pipeline';

const verdictFrom = (where: string): Verdict => ({
  rejection: false,
  score: 0,
  kind: 'other',
  reasons: [where],
  language: 'en',
});
const judgeFrom =
  (where: string): Judge =>
  async (mails) =>
    mails.map(() => verdictFrom(where));
const mails = [{ from: '', subject: '', text: 'Hello' }];
const whereJudged = async (judge: Judge) => (await judge(mails)).map((verdict) => verdict.reasons[0]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('onDemandJudge', () => {
  it('loads the worker once, shared by every ask, and never the detector beside the content script', async () => {
    const inWorker = vi.fn(async () => judgeFrom('worker'));
    const inPage = vi.fn(async () => judgeFrom('page'));
    const load = onDemandJudge(inWorker, inPage);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(await whereJudged(await load())).toEqual(['worker']);
    expect(inWorker).toHaveBeenCalledTimes(1);
    expect(inPage).not.toHaveBeenCalled();
  });

  it('judges beside the content script where the worker is refused, and asks for the worker no more', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const inWorker = vi.fn(async (): Promise<Judge> => {
      throw new Error('refused by the page');
    });
    let pageLoads = 0;
    const inPage = vi.fn(async () => {
      pageLoads += 1;
      if (pageLoads === 1) throw new Error('the background was restarting');
      return judgeFrom('page');
    });
    const load = onDemandJudge(inWorker, inPage);
    await expect(load()).rejects.toThrow('the background was restarting');
    // The failed load is forgotten: the next message tries again, beside the content script.
    expect(await whereJudged(await load())).toEqual(['page']);
    expect(inWorker).toHaveBeenCalledTimes(1);
    expect(inPage).toHaveBeenCalledTimes(2);
  });

  it('judges beside the content script from the moment the worker stops, and for good', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    let workerCalls = 0;
    const inWorker = vi.fn(
      async (): Promise<Judge> => async (given) => {
        workerCalls += 1;
        if (workerCalls > 1) throw new Error('the worker stopped');
        return given.map(() => verdictFrom('worker'));
      },
    );
    const inPage = vi.fn(async () => judgeFrom('page'));
    const judge = await onDemandJudge(inWorker, inPage)();
    expect(await whereJudged(judge)).toEqual(['worker']);
    expect(await whereJudged(judge)).toEqual(['page']);
    expect(await whereJudged(judge)).toEqual(['page']);
    expect(workerCalls).toBe(2);
  });

  it('leaves the worker failed for good once the content script stopped: nothing takes over', async () => {
    const stopping = new AbortController();
    const inWorker = vi.fn(
      async (): Promise<Judge> => async () => {
        throw new Error('The detector worker was stopped');
      },
    );
    const inPage = vi.fn(async () => judgeFrom('page'));
    const judge = await onDemandJudge(inWorker, inPage, stopping.signal)();
    stopping.abort();
    await expect(judge(mails)).rejects.toThrow('was stopped');
    expect(inPage).not.toHaveBeenCalled();
  });
});
