import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('bundles the polyfill as a module in every content script, with no CommonJS copy of `browser`', () => {
    // The bundler's CommonJS interop reads `__esModule`; the polyfill read as a module needs none (wxt.config.ts).
    const copying = contentScriptSizes(build)
      .map(({ name }) => name)
      .filter((name) => readFileSync(join(build, name), 'utf8').includes('__esModule'));
    expect(copying).toEqual([]);
  });

  it('adds the detector to a page in files small enough to evaluate one task at a time', () => {
    const sizes = detectorSizes(build);
    expect(sizes.map(({ name }) => name)).toContain('detector.js');
    expect(sizes.filter(({ bytes }) => bytes > DETECTOR_FILE_BYTES)).toEqual([]);
  });
});
