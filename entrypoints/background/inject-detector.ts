import { browser } from 'wxt/browser';

/**
 * The detector's files as built from `entrypoints/detector-phrases*.ts` (English, then the
 * other languages), `detector-extract.ts` and `detector.ts`, at the root of the package, in the order they are added: the detector reads what the others leave.
 */
export const DETECTOR_FILES = [
  '/detector-phrases.js',
  '/detector-phrases-de-fr.js',
  '/detector-phrases-es-nl-pt.js',
  '/detector-extract.js',
  '/detector.js',
] as const;

/** The frame whose content script asked for the detector. */
export interface FrameTarget {
  tabId: number;
  frameId: number;
}

/**
 * Adds the detector file to one frame, in the extension's isolated world (never the page's): `scripting` in
 * Manifest V3 (Chrome), `tabs.executeScript` in Manifest V2 (Firefox). Only the file's name crosses; the mail
 * stays in the page.
 */
export async function injectDetector(
  { tabId, frameId }: FrameTarget,
  manifestVersion: number = import.meta.env.MANIFEST_VERSION,
): Promise<void> {
  // One file at a time: each is evaluated in a task of its own.
  for (const file of DETECTOR_FILES) {
    if (manifestVersion === 2) await browser.tabs.executeScript(tabId, { file, frameId });
    else
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [file],
        world: 'ISOLATED',
      });
  }
}

/** The detector in one file, for the worker a mail content script starts (`entrypoints/detector-worker.ts`). */
export const DETECTOR_WORKER_FILE = '/detector-worker.js';

/** The worker's code, read from the package: a page cannot start a worker from the extension's address. */
export async function readDetectorWorker(): Promise<string> {
  const response = await fetch(browser.runtime.getURL(DETECTOR_WORKER_FILE));
  if (!response.ok) throw new Error(`The package has no ${DETECTOR_WORKER_FILE} (${response.status})`);
  return response.text();
}
