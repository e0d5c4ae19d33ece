import { describe, expect, it } from 'vitest';
import { chromiumArgs, launchFailure, sandboxAllowed } from './launch-chromium';

describe('sandboxAllowed', () => {
  it('keeps the sandbox for an ordinary user', () => {
    expect(sandboxAllowed(1000, {})).toBe(true);
  });

  it('goes without it as root, where Chromium cannot start sandboxed', () => {
    expect(sandboxAllowed(0, {})).toBe(false);
  });

  it('goes without it when CHROMIUM_NO_SANDBOX asks to', () => {
    expect(sandboxAllowed(1000, { CHROMIUM_NO_SANDBOX: '1' })).toBe(false);
  });

  it('keeps it where there are no user ids (Windows)', () => {
    expect(sandboxAllowed(undefined, {})).toBe(true);
  });
});

describe('chromiumArgs', () => {
  const extensionDir = '/srv/comeback/.output/chrome-mv3';

  it('loads the extension, and only it, with the sandbox on unless told otherwise', () => {
    const args = chromiumArgs({ extensionDir, sandbox: true });
    expect(args).toContain(`--load-extension=${extensionDir}`);
    expect(args).toContain(`--disable-extensions-except=${extensionDir}`);
    expect(args).not.toContain('--no-sandbox');
    expect(chromiumArgs({ extensionDir, sandbox: false })).toContain('--no-sandbox');
  });

  it("sets the browser's language only when one is asked for", () => {
    expect(chromiumArgs({ extensionDir, sandbox: true, locale: 'de' })).toContain('--lang=de');
    expect(chromiumArgs({ extensionDir, sandbox: true }).some((arg) => arg.startsWith('--lang'))).toBe(false);
  });
});

describe('launchFailure', () => {
  it('says how to run without the sandbox when the system forbids it, keeping Chromium’s own words', () => {
    const chromiumSays = 'Failed to launch: [FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox!';
    const failure = launchFailure(new Error(chromiumSays));
    expect(failure.message).toMatch(
      /^This system does not let Chromium run in its sandbox\. .*CHROMIUM_NO_SANDBOX=1/,
    );
    expect(failure.message).toContain(chromiumSays);
  });

  it('passes any other failure on as it is', () => {
    const other = new Error('Executable does not exist');
    expect(launchFailure(other)).toBe(other);
  });
});
