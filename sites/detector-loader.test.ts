import { describe, expect, it } from 'vitest';
import { extracting } from '@/detector/extract';
import { PHRASE_SETS } from '@/detector/phrases';
import type { PhraseSet } from '@/detector/phrases/types';
import type { Verdict } from '@/detector/types';
import {
  DETECTOR_GLOBAL,
  EXTRACTOR_GLOBAL,
  exposeDetector,
  exposedExtractor,
  exposedPhraseSets,
  exposeExtractor,
  exposePhraseSets,
  onDemandDetector,
  PHRASES_GLOBAL,
} from './detector-loader';
import { fakeDetector } from './fake-detector';

const verdict: Verdict = { rejection: false, score: 0, kind: 'other', reasons: [], language: 'en' };
const detector = fakeDetector(() => verdict);

/** A frame's isolated world, and a background that adds the detector to it when asked (or fails to). */
function frame(answer: (scope: object) => Promise<void> = async (scope) => exposeDetector(scope, detector)) {
  const scope = {};
  let requests = 0;
  const load = onDemandDetector(scope, () => {
    requests += 1;
    return answer(scope);
  });
  return { scope, load, requests: () => requests };
}

describe('exposeDetector', () => {
  it('leaves the detector under its name, out of any listing of globals, and lets a second copy replace it', () => {
    const scope = {};
    exposeDetector(scope, detector);
    expect(Reflect.get(scope, DETECTOR_GLOBAL)).toEqual(detector);
    expect(Object.isFrozen(Reflect.get(scope, DETECTOR_GLOBAL))).toBe(true);
    expect(Object.keys(scope)).toEqual([]);
    const newer = fakeDetector(() => ({ ...verdict, score: 1 }));
    exposeDetector(scope, newer);
    expect(Reflect.get(scope, DETECTOR_GLOBAL).judge).toBe(newer.judge);
  });
});

describe('exposePhraseSets', () => {
  it('leaves the tables for the detector file, frozen and unlisted, and only its own property counts', () => {
    const scope = {};
    expect(exposedPhraseSets(scope)).toBeUndefined();
    exposePhraseSets(scope, PHRASE_SETS);
    expect(exposedPhraseSets(scope)).toEqual(PHRASE_SETS);
    expect(Object.isFrozen(Reflect.get(scope, PHRASES_GLOBAL))).toBe(true);
    expect(Object.keys(scope)).toEqual([]);
    // Something of the page on the prototype chain is not the tables.
    expect(exposedPhraseSets(Object.create({ [PHRASES_GLOBAL]: PHRASE_SETS }))).toBeUndefined();
  });

  it('adds the tables of each file after those of the files before, and a file added again replaces its own', () => {
    const [en, ...others] = PHRASE_SETS as [PhraseSet, ...PhraseSet[]];
    const scope = {};
    exposePhraseSets(scope, [en]);
    exposePhraseSets(scope, others);
    expect(exposedPhraseSets(scope)).toEqual(PHRASE_SETS);
    const newer = { ...en, markers: ['newer'] };
    exposePhraseSets(scope, [newer]);
    expect(exposedPhraseSets(scope)?.map((set) => set.lang)).toEqual(PHRASE_SETS.map((set) => set.lang));
    expect(exposedPhraseSets(scope)?.[0]).toBe(newer);
  });
});

describe('exposeExtractor', () => {
  it('leaves the extraction for the detector file, and only a whole one of its own counts', () => {
    const scope = {};
    expect(exposedExtractor(scope)).toBeUndefined();
    exposeExtractor(scope, { extracting, patterns: [] });
    expect(exposedExtractor(scope)?.extracting).toBe(extracting);
    expect(Object.keys(scope)).toEqual([]);
    expect(
      exposedExtractor(Object.create({ [EXTRACTOR_GLOBAL]: { extracting, patterns: [] } })),
    ).toBeUndefined();
    const broken = {};
    Object.defineProperty(broken, EXTRACTOR_GLOBAL, { value: { extracting } });
    expect(exposedExtractor(broken)).toBeUndefined();
  });
});

describe('onDemandDetector', () => {
  it('asks the background once, however many asks come while it loads and after', async () => {
    const { load, requests } = frame();
    const all = await Promise.all([load(), load(), load()]);
    expect(all.map((each) => each.judge)).toEqual([detector.judge, detector.judge, detector.judge]);
    expect((await load()).judge).toBe(detector.judge);
    expect(requests()).toBe(1);
  });

  it('never asks in a frame that has the detector already', async () => {
    const { scope, load, requests } = frame();
    exposeDetector(scope, detector);
    expect((await load()).judge).toBe(detector.judge);
    expect(requests()).toBe(0);
  });

  it('fails when the background cannot add the detector, and tries again on the next ask', async () => {
    let attempt = 0;
    const { load, requests } = frame(async (scope) => {
      attempt += 1;
      if (attempt === 1) throw new Error('Cannot access contents of the page');
      exposeDetector(scope, detector);
    });
    await expect(load()).rejects.toThrow('Cannot access contents of the page');
    expect((await load()).judge).toBe(detector.judge);
    expect(requests()).toBe(2);
  });

  it('takes only what the detector file defined, never a same-named thing of the page', async () => {
    const pageThing = fakeDetector(() => verdict);
    const scope = Object.create({ [DETECTOR_GLOBAL]: pageThing }) as object;
    let requests = 0;
    const load = onDemandDetector(scope, async () => {
      requests += 1;
      exposeDetector(scope, detector);
    });
    expect((await load()).judge).toBe(detector.judge);
    expect(requests).toBe(1);
  });

  it('fails when the file ran but left no detector', async () => {
    const { load } = frame(async () => undefined);
    await expect(load()).rejects.toThrow('left no detector');
  });
});
