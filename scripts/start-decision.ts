/** What `npm start` does once the extension is built: open a browser with it, or explain how to load it by hand. */
export type StartDecision = { open: true } | { open: false; message: string; exitCode: 0 };

interface Situation {
  /** Why no browser can be opened with the extension (none found, or one that cannot load it); none if one can. */
  browserProblem?: string;
  /** Whether there is a screen to open a window on. */
  display: boolean;
  /** Where the two builds are, for loading them by hand. */
  builds: { chrome: string; firefox: string };
}

function byHand(builds: Situation['builds']): string {
  return `
Load the build by hand instead:
  Chrome/Chromium: open chrome://extensions, switch on Developer mode, "Load unpacked", choose
    ${builds.chrome}
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose
    ${builds.firefox}/manifest.json
Then open Gmail and a rejection email.`;
}

/**
 * The build worked either way, so a missing browser or display is no failure (exit code 0): the user is told
 * how to load the build themselves.
 */
export function decideStart({ browserProblem, display, builds }: Situation): StartDecision {
  if (browserProblem !== undefined)
    return {
      open: false,
      message: `\nThe extension is built, but no browser here can open it. ${browserProblem}${byHand(builds)}`,
      exitCode: 0,
    };
  if (!display)
    return {
      open: false,
      message: `\nThe extension is built, but there is no display to open a browser window on.${byHand(builds)}`,
      exitCode: 0,
    };
  return { open: true };
}

/** Whether a browser window can be shown: Linux needs an X or Wayland display; other systems always have one. */
export function hasDisplay(platform: string, env: Record<string, string | undefined>): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
