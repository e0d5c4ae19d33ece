import { describe, expect, it, vi } from 'vitest';
import type { Verdict } from '@/detector/types';
import { fakeDetector } from './fake-detector';
import { judgeInSlices } from './in-page-judge';
import { SLICE_MS } from './slices';

const verdict: Verdict = { rejection: false, score: 0, kind: 'other', reasons: [], language: 'en' };
const mail = (text: string) => ({ from: 'Priya <priya@lumenfield.com>', subject: 'Hello', text });

describe('judgeInSlices', () => {
  it('prepares the detector for each message in slices, giving the page its thread back, then judges it', async () => {
    let now = 0;
    const log: string[] = [];
    const step = (name: string) => () => {
      log.push(name);
      now += SLICE_MS / 2;
    };
    const prepared = new Set<string>();
    const detector = fakeDetector(
      (input) => {
        log.push(`judge ${input.text}`);
        return verdict;
      },
      (input) => {
        log.push(`prepare for ${input.text}`);
        // Nothing is left to prepare once a message of the same kind was.
        if (prepared.has(input.subject)) return [];
        prepared.add(input.subject);
        return [step('a'), step('b'), step('c'), step('d')];
      },
    );
    const judge = judgeInSlices(
      detector,
      () => now,
      async () => {
        log.push('pause');
      },
    );
    await expect(judge([mail('first'), mail('second')])).resolves.toEqual([verdict, verdict]);
    expect(log).toEqual([
      'prepare for first',
      'a',
      'b',
      'pause',
      'c',
      'd',
      'pause',
      'judge first',
      'prepare for second',
      'judge second',
    ]);
  });

  it('judges the message when preparing fails', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const detector = fakeDetector(
      () => ({ ...verdict, rejection: true }),
      () => [
        () => {
          throw new Error('cannot prepare');
        },
      ],
    );
    await expect(judgeInSlices(detector)([mail('one')])).resolves.toMatchObject([{ rejection: true }]);
  });

  it('gives the page its thread back between judgements that use up a slice, within a batch and across batches', async () => {
    let now = 0;
    let pauses = 0;
    const detector = fakeDetector(() => {
      now += SLICE_MS;
      return verdict;
    });
    const judge = judgeInSlices(
      detector,
      () => now,
      async () => {
        pauses += 1;
      },
    );
    await judge(Array.from({ length: 3 }, (_, i) => mail(`message ${i}`)));
    await judge([mail('message 3'), mail('message 4')]);
    expect(pauses).toBe(4);
  });
});
