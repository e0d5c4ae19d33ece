import { describe, expect, it } from 'vitest';
import type { Verdict } from '@/detector/types';
import { DETECTOR_GLOBAL, type Detect, exposeDetector, onDemandDetector } from './detector-loader';

const verdict: Verdict = { rejection: false, score: 0, kind: 'other', reasons: [], language: 'en' };
const detect: Detect = () => verdict;

/** A frame's isolated world, and a background that adds the detector to it when asked (or fails to). */
function frame(answer: (scope: object) => Promise<void> = async (scope) => exposeDetector(scope, detect)) {
  const scope = {};
  let requests = 0;
  const load = onDemandDetector(scope, () => {
    requests += 1;
    return answer(scope);
  });
  return { scope, load, requests: () => requests };
}

describe('exposeDetector', () => {
  it('leaves detect under its name, out of any listing of globals, and lets a second copy replace it', () => {
    const scope = {};
    exposeDetector(scope, detect);
    expect(Reflect.get(scope, DETECTOR_GLOBAL)).toBe(detect);
    expect(Object.keys(scope)).toEqual([]);
    const newer: Detect = () => ({ ...verdict, score: 1 });
    exposeDetector(scope, newer);
    expect(Reflect.get(scope, DETECTOR_GLOBAL)).toBe(newer);
  });
});

describe('onDemandDetector', () => {
  it('asks the background once, however many asks come while it loads and after', async () => {
    const { load, requests } = frame();
    const all = await Promise.all([load(), load(), load()]);
    expect(all).toEqual([detect, detect, detect]);
    expect(await load()).toBe(detect);
    expect(requests()).toBe(1);
  });

  it('never asks in a frame that has the detector already', async () => {
    const { scope, load, requests } = frame();
    exposeDetector(scope, detect);
    expect(await load()).toBe(detect);
    expect(requests()).toBe(0);
  });

  it('fails when the background cannot add the detector, and tries again on the next ask', async () => {
    let attempt = 0;
    const { load, requests } = frame(async (scope) => {
      attempt += 1;
      if (attempt === 1) throw new Error('Cannot access contents of the page');
      exposeDetector(scope, detect);
    });
    await expect(load()).rejects.toThrow('Cannot access contents of the page');
    expect(await load()).toBe(detect);
    expect(requests()).toBe(2);
  });

  it('takes only what the detector file defined, never a same-named thing of the page', async () => {
    const pageThing = () => verdict;
    const scope = Object.create({ [DETECTOR_GLOBAL]: pageThing }) as object;
    let requests = 0;
    const load = onDemandDetector(scope, async () => {
      requests += 1;
      exposeDetector(scope, detect);
    });
    expect(await load()).toBe(detect);
    expect(requests).toBe(1);
  });

  it('fails when the file ran but left no detector', async () => {
    const { load } = frame(async () => undefined);
    await expect(load()).rejects.toThrow('left no detector');
  });
});
