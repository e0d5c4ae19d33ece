import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

interface Recipe {
  /** Environment variables that name the executable, checked first. */
  env: string[];
  /** Executable names looked up on PATH, then absolute paths, in order of preference. */
  names: string[];
  paths: string[];
  install: string;
}

const RECIPES: Record<BrowserName, Recipe> = {
  chromium: {
    env: ['CHROMIUM_PATH', 'CHROME_PATH'],
    // Google Chrome is looked for too, last, so that finding only it can be answered with what to use instead.
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    paths: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
    install:
      'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or Chrome for Testing (`npx @puppeteer/browsers install chrome@stable`), or set CHROMIUM_PATH to its executable.',
  },
  firefox: {
    env: ['FIREFOX_PATH'],
    names: ['firefox-esr', 'firefox'],
    paths: [
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
  exists(path: string): boolean;
  /** What the executable says of itself (`--version`); '' when it says nothing. */
  version(path: string): string;
}

export const THIS_MACHINE: Machine = {
  env: process.env,
  exists: existsSync,
  version(path) {
    try {
      return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: 'pipe' });
    } catch {
      return '';
    }
  },
};

function onPath(name: string, machine: Machine): string | undefined {
  for (const dir of (machine.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && machine.exists(candidate)) return candidate;
  }
  return undefined;
}

/** The browser's executable, or undefined. Environment variables win over what is installed. */
export function findBrowser(name: BrowserName, machine = THIS_MACHINE): string | undefined {
  const recipe = RECIPES[name];
  for (const variable of recipe.env) {
    const value = machine.env[variable];
    if (value) return value;
  }
  for (const executable of recipe.names) {
    const found = onPath(executable, machine);
    if (found) return found;
  }
  return recipe.paths.find((path) => machine.exists(path));
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
  return found;
}
