import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DETECTOR_FILES, injectDetector } from './inject-detector';

afterEach(() => {
  vi.restoreAllMocks();
});

// `[] as never`: the spies take the types of the callback overloads, which return nothing.

describe('injectDetector', () => {
  it('adds the tables, then the detector, to the one frame, in the isolated world, with scripting in Manifest V3', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await injectDetector({ tabId: 4, frameId: 2 }, 3);
    expect(executeScript.mock.calls).toEqual(
      DETECTOR_FILES.map((file) => [
        { target: { tabId: 4, frameIds: [2] }, files: [file], world: 'ISOLATED' },
      ]),
    );
    expect(DETECTOR_FILES).toEqual([
      '/detector-phrases.js',
      '/detector-phrases-de-fr.js',
      '/detector-phrases-es-nl-pt.js',
      '/detector-extract.js',
      '/detector.js',
    ]);
  });

  it('adds it with tabs.executeScript in Manifest V2', async () => {
    const executeScript = vi.spyOn(fakeBrowser.tabs, 'executeScript').mockResolvedValue([] as never);
    await injectDetector({ tabId: 4, frameId: 0 }, 2);
    expect(executeScript.mock.calls).toEqual(DETECTOR_FILES.map((file) => [4, { file, frameId: 0 }]));
  });

  it('passes a refusal on, for the content script to count', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents'));
    await expect(injectDetector({ tabId: 4, frameId: 0 }, 3)).rejects.toThrow('Cannot access contents');
  });
});
