import type { MailInput, Verdict } from '@/detector/types';

export type Detect = (input: MailInput) => Verdict;

/**
 * Where the detector file (`entrypoints/detector.ts`) leaves `detect` once the background has added it to a frame:
 * a property of the extension's isolated world, which the page's own scripts never see.
 */
export const DETECTOR_GLOBAL = '__comebackDetect';

/**
 * Makes `detect` reachable for the content script of the same frame. Not enumerable, so it stays out of the way of
 * anything listing globals; replaceable, so adding the file to a frame a second time cannot throw.
 */
export function exposeDetector(scope: object, detect: Detect): void {
  Object.defineProperty(scope, DETECTOR_GLOBAL, {
    value: detect,
    enumerable: false,
    configurable: true,
    writable: false,
  });
}

/**
 * Only the property the detector file defined counts: a page can put things on the way to a global (an element
 * named like it shows on `window`'s prototype chain), and mail text must never be handed to something of the page.
 */
function exposedDetector(scope: object): Detect | undefined {
  const found: unknown = Object.getOwnPropertyDescriptor(scope, DETECTOR_GLOBAL)?.value;
  return typeof found === 'function' ? (found as Detect) : undefined;
}

/**
 * The detector, loaded the first time it is needed: `request` asks the background to add the detector file to
 * this frame. Asks made while it loads share one promise, and a frame that already has it never asks again. A
 * failed load is forgotten, so the next message tries once more.
 */
export function onDemandDetector(scope: object, request: () => Promise<unknown>): () => Promise<Detect> {
  let loading: Promise<Detect> | undefined;
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
