import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

interface Recipe {
  /** Environment variables that name the executable, checked first. */
  env: string[];
  /** Where the executable may be, in order of preference: the first that exists is taken. */
  places(machine: Machine): string[];
  install: string;
}

function onPath(names: string[], machine: Machine): string[] {
  const dirs = (machine.env.PATH ?? '').split(delimiter).filter(Boolean);
  return names.flatMap((name) => dirs.map((dir) => join(dir, name)));
}

/** Where each platform's Chrome for Testing keeps its executable inside an install folder. */
const CHROME_FOR_TESTING_EXECUTABLES = [
  join('chrome-linux64', 'chrome'),
  join('chrome-linux-arm64', 'chrome'),
  join('chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
  join('chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
  join('chrome-win64', 'chrome.exe'),
  join('chrome-win32', 'chrome.exe'),
];

/** `138.0.7204.92` of an install folder named `<platform>-138.0.7204.92`, as numbers. */
function buildNumbers(folder: string): number[] {
  return folder
    .slice(folder.indexOf('-') + 1)
    .split('.')
    .map(Number);
}

function newestFirst(a: string, b: string): number {
  const [older, newer] = [buildNumbers(a), buildNumbers(b)];
  for (let i = 0; i < Math.max(older.length, newer.length); i++) {
    const difference = (newer[i] ?? 0) - (older[i] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/**
 * Chrome for Testing as `npx @puppeteer/browsers install chrome@stable` leaves it: under `chrome/` in the folder it
 * was run in (not on PATH), or in Puppeteer's own cache; newest build first.
 */
function chromeForTesting(machine: Machine): string[] {
  const roots = [join(machine.cwd, 'chrome'), join(machine.home, '.cache', 'puppeteer', 'chrome')];
  return roots.flatMap((root) =>
    machine
      .list(root)
      .toSorted(newestFirst)
      .flatMap((folder) =>
        CHROME_FOR_TESTING_EXECUTABLES.map((executable) => join(root, folder, executable)),
      ),
  );
}

const RECIPES: Record<BrowserName, Recipe> = {
  chromium: {
    env: ['CHROMIUM_PATH', 'CHROME_PATH'],
    places: (machine) => [
      ...onPath(['chromium', 'chromium-browser'], machine),
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ...(machine.env.LOCALAPPDATA ? [`${machine.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`] : []),
      ...chromeForTesting(machine),
      // Google Chrome last, so that finding only it can be answered with what to use instead.
      ...onPath(['google-chrome', 'google-chrome-stable'], machine),
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
    install:
      'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`), or Chrome for Testing with `npx @puppeteer/browsers install chrome@stable` run in this folder, where it is found by itself; if it is not, then set CHROMIUM_PATH to the path it prints.',
  },
  firefox: {
    env: ['FIREFOX_PATH'],
    places: (machine) => [
      ...onPath(['firefox-esr', 'firefox'], machine),
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
    install:
      'Install Firefox (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`), or set FIREFOX_PATH to its executable.',
  },
};

/** What the lookup reads of the machine; tests hand in their own. */
export interface Machine {
  env: Record<string, string | undefined>;
  /** The folder commands run in, and the user's home folder. */
  cwd: string;
  home: string;
  exists(path: string): boolean;
  /** The names in a folder; none when it is missing or unreadable. */
  list(dir: string): string[];
  /** What the executable says of itself (`--version`); '' when it says nothing. */
  version(path: string): string;
}

export const THIS_MACHINE: Machine = {
  env: process.env,
  cwd: process.cwd(),
  home: homedir(),
  exists: existsSync,
  list(dir) {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
  version(path) {
    try {
      return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: 'pipe' });
    } catch {
      return '';
    }
  },
};

/** The browser's executable, or undefined. Environment variables win over what is installed. */
export function findBrowser(name: BrowserName, machine = THIS_MACHINE): string | undefined {
  const recipe = RECIPES[name];
  for (const variable of recipe.env) {
    const value = machine.env[variable];
    if (value) return value;
  }
  return recipe.places(machine).find((path) => machine.exists(path));
}

/** Branded Google Chrome, by its path or its own word; Chrome for Testing is not. */
const GOOGLE_CHROME = /google[-\s\\/]chrome(?![-\s]for[-\s]testing)/i;

function isGoogleChrome(path: string, machine: Machine): boolean {
  return GOOGLE_CHROME.test(path) || GOOGLE_CHROME.test(machine.version(path));
}

/** The executable, or an error that says exactly what to install. */
export function requireBrowser(name: BrowserName, machine = THIS_MACHINE): string {
  const { install } = RECIPES[name];
  const found = findBrowser(name, machine);
  if (!found) throw new Error(`No ${name} found. ${install}`);
  if (!machine.exists(found)) throw new Error(`${name} is set to ${found}, which does not exist. ${install}`);
  // Google Chrome 137 and later ignore `--load-extension`: it would open without the extension, saying nothing.
  if (name === 'chromium' && isGoogleChrome(found, machine))
    throw new Error(
      `${found} is Google Chrome, which no longer loads an extension from the command line. Use Chromium or Chrome for Testing instead. ${install}`,
    );
  // Any Firefox runs the tests, but CI runs them on ESR: a different one may explain a result CI does not share.
  if (name === 'firefox' && !/esr\s*$/i.test(machine.version(found)))
    console.warn(`Using ${found}, which is not Firefox ESR (CI runs the tests on ESR).`);
  return found;
}
