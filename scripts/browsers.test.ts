import { delimiter, join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findBrowser, type Machine, requireBrowser } from './browsers';

const PROJECT = join('/home/me', 'comeback');

/** A machine with just these files, these variables, and what each executable says of itself. */
function machine(
  files: string[],
  env: Record<string, string> = {},
  versions: Record<string, string> = {},
): Machine {
  return {
    env: { PATH: ['/opt/empty', '/usr/bin'].join(delimiter), ...env },
    cwd: PROJECT,
    home: '/home/me',
    exists: (path) => files.includes(path),
    list: (dir) => [
      ...new Set(
        files
          .filter((file) => file.startsWith(dir + sep))
          .map((file) => file.slice(dir.length + 1).split(sep)[0] ?? ''),
      ),
    ],
    version: (path) => versions[path] ?? '',
  };
}

const CHROMIUM = join('/usr/bin', 'chromium');
const FIREFOX = join('/usr/bin', 'firefox-esr');
/** Where `npx @puppeteer/browsers install chrome@stable`, run in the project, puts a Linux build. */
const forTestingHere = (build: string) =>
  join(PROJECT, 'chrome', `linux-${build}`, 'chrome-linux64', 'chrome');

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

  it('finds Chrome for Testing installed in the project folder, ahead of Google Chrome on PATH', () => {
    const forTesting = forTestingHere('138.0.7204.92');
    expect(findBrowser('chromium', machine([forTesting]))).toBe(forTesting);
    expect(findBrowser('chromium', machine([join('/usr/bin', 'google-chrome'), forTesting]))).toBe(
      forTesting,
    );
  });

  it('takes the newest Chrome for Testing build, comparing versions as numbers', () => {
    const builds = ['99.0.4844.51', '138.0.7204.92', '138.0.10.1'].map(forTestingHere);
    expect(findBrowser('chromium', machine(builds))).toBe(forTestingHere('138.0.7204.92'));
  });

  it("finds Chrome for Testing in Puppeteer's cache, in its Mac form, and accepts it", () => {
    const app = join('Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing');
    const cached = join(
      '/home/me',
      '.cache',
      'puppeteer',
      'chrome',
      'mac_arm-138.0.7204.92',
      'chrome-mac-arm64',
      app,
    );
    // Its name says "Google Chrome for Testing": found, and not taken for Google Chrome.
    expect(requireBrowser('chromium', machine([cached]))).toBe(cached);
  });

  it('finds Chromium installed for one Windows user, under LOCALAPPDATA', () => {
    const local = 'C:\\Users\\me\\AppData\\Local';
    const chromium = `${local}\\Chromium\\Application\\chrome.exe`;
    expect(findBrowser('chromium', machine([chromium], { LOCALAPPDATA: local }))).toBe(chromium);
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

  it('says how to install Chrome for Testing, and to name its path when it is not found by itself', () => {
    expect(() => requireBrowser('chromium', machine([]))).toThrow(
      /npx @puppeteer\/browsers install chrome@stable.*then set CHROMIUM_PATH to the path it prints/,
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

  it('accepts Chrome for Testing found in the project folder, which says what it is', () => {
    const forTesting = forTestingHere('138.0.7204.92');
    const installed = machine([forTesting], {}, { [forTesting]: 'Google Chrome for Testing 138.0.7204.92' });
    expect(requireBrowser('chromium', installed)).toBe(forTesting);
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

  it('says so in one line when the Firefox found is not ESR, which CI runs the tests on', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const plain = join('/usr/bin', 'firefox');
    const esr = machine([FIREFOX], {}, { [FIREFOX]: 'Mozilla Firefox 140.5.0esr\n' });
    expect(requireBrowser('firefox', esr)).toBe(FIREFOX);
    expect(warn).not.toHaveBeenCalled();
    expect(requireBrowser('firefox', machine([plain], {}, { [plain]: 'Mozilla Firefox 145.0\n' }))).toBe(
      plain,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      `Using ${plain}, which is not Firefox ESR (CI runs the tests on ESR).`,
    );
    warn.mockRestore();
  });
});
