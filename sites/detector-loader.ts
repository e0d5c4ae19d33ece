import type { Extracting } from '@/detector/judge';
import type { Pattern } from '@/detector/lazy';
import type { PhraseSet } from '@/detector/phrases/types';
import type { MailInput, Verdict } from '@/detector/types';
import { sharedUntilFailure } from './shared-load';

/** What the detector file offers a page: a judgement in steps, and the steps that prepare the first one. */
export interface Detector {
  judge: (input: MailInput) => Iterator<void, Verdict>;
  warmUp: (input: MailInput) => (() => void)[];
}

/**
 * Where the detector file (`entrypoints/detector.ts`) leaves the detector once the background has added it to a
 * frame: a property of the extension's isolated world, which the page's own scripts never see.
 */
export const DETECTOR_GLOBAL = '__comebackDetect';

/**
 * Leaves a frozen value under `key` of a frame's isolated world for another of the extension's files. Not enumerable,
 * so it stays out of the way of anything listing globals; replaceable, so adding a file to a frame a second time
 * cannot throw.
 */
function leave(scope: object, key: string, value: object): void {
  Object.defineProperty(scope, key, {
    value: Object.freeze(value),
    enumerable: false,
    configurable: true,
    writable: false,
  });
}

/**
 * What one of the extension's files left under `key`: only its own property counts. A page can put things on the way
 * to a global (an element named like it shows on `window`'s prototype chain), and mail text must never be handed to
 * something of the page.
 */
function leftUnder(scope: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(scope, key)?.value;
}

/** Makes the detector reachable for the content script of the same frame. */
export function exposeDetector(scope: object, detector: Detector): void {
  leave(scope, DETECTOR_GLOBAL, { ...detector });
}

/**
 * Where the phrase tables' files (`entrypoints/detector-phrases*.ts`), added
 * to a frame before the detector file, leave the tables for it: files of their own, so that evaluating each is a
 * task of its own on the page's main thread.
 */
export const PHRASES_GLOBAL = '__comebackPhrases';

/**
 * Adds tables for the detector file of the same frame to those another file left, in the order the files came; a
 * language's tables added again replace its earlier ones.
 */
export function exposePhraseSets(scope: object, sets: readonly PhraseSet[]): void {
  const before = exposedPhraseSets(scope) ?? [];
  const added = new Map(sets.map((set) => [set.lang, set]));
  const known = new Set(before.map((set) => set.lang));
  leave(scope, PHRASES_GLOBAL, [
    ...before.map((set) => added.get(set.lang) ?? set),
    ...sets.filter((set) => !known.has(set.lang)),
  ]);
}

/** The phrase tables the tables' files left in this frame, if any ran. */
export function exposedPhraseSets(scope: object): readonly PhraseSet[] | undefined {
  const found = leftUnder(scope, PHRASES_GLOBAL);
  return Array.isArray(found) && found.length > 0 ? (found as PhraseSet[]) : undefined;
}

/** What the extraction file offers the detector: reading company, role and recruiter, and its regexes to warm up. */
export interface Extractor {
  extracting: Extracting;
  patterns: readonly Pattern[];
}

/**
 * Where the extraction file (`entrypoints/detector-extract.ts`), added before the detector file, leaves what reads
 * company, role and recruiter: half of the detector's code, evaluated in a task of its own.
 */
export const EXTRACTOR_GLOBAL = '__comebackExtract';

export function exposeExtractor(scope: object, extractor: Extractor): void {
  leave(scope, EXTRACTOR_GLOBAL, { ...extractor });
}

/** The extraction the extraction file left in this frame, if it ran. */
export function exposedExtractor(scope: object): Extractor | undefined {
  const found = leftUnder(scope, EXTRACTOR_GLOBAL);
  if (typeof found !== 'object' || found === null) return undefined;
  const { extracting, patterns } = found as Partial<Extractor>;
  return typeof extracting === 'function' && Array.isArray(patterns) ? { extracting, patterns } : undefined;
}

function exposedDetector(scope: object): Detector | undefined {
  const found = leftUnder(scope, DETECTOR_GLOBAL);
  if (typeof found !== 'object' || found === null) return undefined;
  const { judge, warmUp } = found as Partial<Detector>;
  return typeof judge === 'function' && typeof warmUp === 'function' ? { judge, warmUp } : undefined;
}

/**
 * The detector beside the content script, loaded the first time it is needed: `request` asks the background to add
 * the detector's files to this frame. Asks made while it loads share one promise, and a frame that already has it
 * never asks again. A failed load is forgotten, so the next message tries once more.
 */
export function onDemandDetector(scope: object, request: () => Promise<unknown>): () => Promise<Detector> {
  return sharedUntilFailure(async () => {
    const present = exposedDetector(scope);
    if (present) return present;
    await request();
    const loaded = exposedDetector(scope);
    if (!loaded) throw new Error('The detector file ran but left no detector');
    return loaded;
  });
}
