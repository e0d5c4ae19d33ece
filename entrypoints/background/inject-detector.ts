import { browser } from 'wxt/browser';

/** The detector file as built from `entrypoints/detector.ts`, at the root of the package. */
export const DETECTOR_FILE = '/detector.js';

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
  if (manifestVersion === 2) {
    await browser.tabs.executeScript(tabId, { file: DETECTOR_FILE, frameId });
    return;
  }
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: [DETECTOR_FILE],
    world: 'ISOLATED',
  });
}
