import { describe, expect, it } from 'vitest';
import { decideStart, hasDisplay } from './start-decision';

const builds = { chrome: '/repo/.output/chrome-mv3', firefox: '/repo/.output/firefox-mv2' };

describe('decideStart', () => {
  it('opens the browser when there is one and a display', () => {
    expect(decideStart({ display: true, builds })).toEqual({ open: true });
  });

  it('explains, without failing, that no browser can open the build, and how to load it by hand', () => {
    const decision = decideStart({
      browserProblem: 'No chromium found. Install Chromium.',
      display: true,
      builds,
    });
    expect(decision).toMatchObject({ open: false, exitCode: 0 });
    const message = decision.open ? '' : decision.message;
    expect(message).toContain('The extension is built, but no browser here can open it. No chromium found.');
    expect(message).toContain('chrome://extensions');
    expect(message).toContain(`\n    ${builds.chrome}\n`);
    expect(message).toContain(`${builds.firefox}/manifest.json`);
  });

  it('explains, without failing, that there is no display, and how to load the build by hand', () => {
    const decision = decideStart({ display: false, builds });
    expect(decision).toMatchObject({ open: false, exitCode: 0 });
    const message = decision.open ? '' : decision.message;
    expect(message).toContain('there is no display to open a browser window on');
    expect(message).toContain('about:debugging#/runtime/this-firefox');
  });
});

describe('hasDisplay', () => {
  it('needs an X or Wayland display on Linux only', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
  });
});
