import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BYTES, contentScriptSizes, detectorSizes } from '../../bench/sizes';
import { CHROME_BUILD } from '../../scripts/launch-chromium';
import { FIREFOX_BUILD } from '../../scripts/launch-firefox';

/**
 * What one detector file may weigh: each is evaluated in a task of its own once a message opens, and a file much
 * larger than these (55–80 KB) holds the page's main thread for more than 16 ms on a busy machine.
 */
const DETECTOR_FILE_BYTES = 100 * 1024;

describe.each([
  ['Chrome', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('the built %s extension', (_, build) => {
  it('keeps every content script within its budget', () => {
    const sizes = contentScriptSizes(build);
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    expect(sizes.filter(({ bytes }) => bytes > CONTENT_SCRIPT_BYTES)).toEqual([]);
  });

  it('adds the detector to a page in files small enough to evaluate one task at a time', () => {
    const sizes = detectorSizes(build);
    expect(sizes.map(({ name }) => name)).toContain('detector.js');
    expect(sizes.filter(({ bytes }) => bytes > DETECTOR_FILE_BYTES)).toEqual([]);
  });
});
