import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, type Machine, requireBrowser } from './browsers';

/** A machine with just these files, these variables, and what each executable says of itself. */
function machine(
  files: string[],
  env: Record<string, string> = {},
  versions: Record<string, string> = {},
): Machine {
  return {
    env: { PATH: ['/opt/empty', '/usr/bin'].join(delimiter), ...env },
    exists: (path) => files.includes(path),
    version: (path) => versions[path] ?? '',
  };
}

const CHROMIUM = join('/usr/bin', 'chromium');
const FIREFOX = join('/usr/bin', 'firefox-esr');

describe('findBrowser', () => {
  it('finds the browsers on PATH', () => {
    const installed = machine([CHROMIUM, FIREFOX]);
    expect(findBrowser('chromium', installed)).toBe(CHROMIUM);
    expect(findBrowser('firefox', installed)).toBe(FIREFOX);
  });

  it('takes CHROMIUM_PATH and FIREFOX_PATH over what is on PATH', () => {
    const configured = machine([CHROMIUM, FIREFOX, '/srv/chromium', '/srv/firefox'], {
      CHROMIUM_PATH: '/srv/chromium',
      FIREFOX_PATH: '/srv/firefox',
    });
    expect(findBrowser('chromium', configured)).toBe('/srv/chromium');
    expect(findBrowser('firefox', configured)).toBe('/srv/firefox');
  });

  it('prefers Chromium to Google Chrome when both are installed', () => {
    expect(findBrowser('chromium', machine([join('/usr/bin', 'google-chrome'), CHROMIUM]))).toBe(CHROMIUM);
  });
});

describe('requireBrowser', () => {
  it('returns the executable found', () => {
    expect(
      requireBrowser('chromium', machine([CHROMIUM], {}, { [CHROMIUM]: 'Chromium 138.0.7204.92' })),
    ).toBe(CHROMIUM);
  });

  it('says which apt-get command installs a missing browser', () => {
    expect(() => requireBrowser('chromium', machine([]))).toThrow(
      /^No chromium found\. .*apt-get install -y chromium/,
    );
    expect(() => requireBrowser('firefox', machine([]))).toThrow(
      /^No firefox found\. .*apt-get install -y firefox-esr/,
    );
  });

  it('says so when the path set does not exist', () => {
    expect(() => requireBrowser('firefox', machine([FIREFOX], { FIREFOX_PATH: '/nowhere/firefox' }))).toThrow(
      'firefox is set to /nowhere/firefox, which does not exist.',
    );
  });

  it('stops at Google Chrome, found or set, by its path or its own word, and names what to use', () => {
    const chrome = join('/usr/bin', 'google-chrome-stable');
    const renamed = '/opt/browsers/chrome';
    for (const installed of [
      machine([chrome]),
      machine([renamed], { CHROME_PATH: renamed }, { [renamed]: 'Google Chrome 138.0.7204.92' }),
    ]) {
      expect(() => requireBrowser('chromium', installed)).toThrow(
        /is Google Chrome, which no longer loads an extension from the command line\. Use Chromium or Chrome for Testing/,
      );
    }
  });

  it('accepts Chrome for Testing', () => {
    const forTesting = '/home/me/.cache/chrome/linux-138/chrome-linux64/chrome';
    const installed = machine(
      [forTesting],
      { CHROMIUM_PATH: forTesting },
      { [forTesting]: 'Google Chrome for Testing 138.0.7204.92' },
    );
    expect(requireBrowser('chromium', installed)).toBe(forTesting);
  });
});
