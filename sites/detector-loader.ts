import type { PhraseSet } from '@/detector/phrases/types';
import type { MailInput, Verdict } from '@/detector/types';

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
 * Makes the detector reachable for the content script of the same frame. Not enumerable, so it stays out of the
 * way of anything listing globals; replaceable, so adding the file to a frame a second time cannot throw.
 */
export function exposeDetector(scope: object, detector: Detector): void {
  Object.defineProperty(scope, DETECTOR_GLOBAL, {
    value: Object.freeze({ ...detector }),
    enumerable: false,
    configurable: true,
    writable: false,
  });
}

/**
 * Where the phrase tables' file (`entrypoints/detector-phrases.ts`), added to a frame just before the detector file,
 * leaves the tables for it: two files, so that evaluating each is a task of its own on the page's main thread.
 */
export const PHRASES_GLOBAL = '__comebackPhrases';

/** Leaves the phrase tables for the detector file of the same frame, as {@link exposeDetector} does. */
export function exposePhraseSets(scope: object, sets: readonly PhraseSet[]): void {
  Object.defineProperty(scope, PHRASES_GLOBAL, {
    value: Object.freeze([...sets]),
    enumerable: false,
    configurable: true,
    writable: false,
  });
}

/** The phrase tables the tables' file left in this frame, if it ran (an own property only, as below). */
export function exposedPhraseSets(scope: object): readonly PhraseSet[] | undefined {
  const found: unknown = Object.getOwnPropertyDescriptor(scope, PHRASES_GLOBAL)?.value;
  return Array.isArray(found) && found.length > 0 ? (found as PhraseSet[]) : undefined;
}

/**
 * Only the property the detector file defined counts: a page can put things on the way to a global (an element
 * named like it shows on `window`'s prototype chain), and mail text must never be handed to something of the page.
 */
function exposedDetector(scope: object): Detector | undefined {
  const found: unknown = Object.getOwnPropertyDescriptor(scope, DETECTOR_GLOBAL)?.value;
  if (typeof found !== 'object' || found === null) return undefined;
  const { judge, warmUp } = found as Partial<Detector>;
  return typeof judge === 'function' && typeof warmUp === 'function' ? { judge, warmUp } : undefined;
}

/**
 * The detector, loaded the first time it is needed: `request` asks the background to add the detector file to
 * this frame. Asks made while it loads share one promise, and a frame that already has it never asks again. A
 * failed load is forgotten, so the next message tries once more.
 */
export function onDemandDetector(scope: object, request: () => Promise<unknown>): () => Promise<Detector> {
  let loading: Promise<Detector> | undefined;
  const load = async () => {
    const present = exposedDetector(scope);
    if (present) return present;
    await request();
    const loaded = exposedDetector(scope);
    if (!loaded) throw new Error('The detector file ran but left no detector');
    return loaded;
  };
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
