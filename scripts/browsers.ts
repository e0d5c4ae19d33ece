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
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    paths: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
    install:
      'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or Google Chrome, or set CHROMIUM_PATH to its executable.',
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

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The browser's executable, or undefined. Environment variables win over what is installed. */
export function findBrowser(name: BrowserName): string | undefined {
  const recipe = RECIPES[name];
  for (const variable of recipe.env) {
    const value = process.env[variable];
    if (value) return value;
  }
  for (const executable of recipe.names) {
    const found = onPath(executable);
    if (found) return found;
  }
  return recipe.paths.find((path) => existsSync(path));
}

/** The executable, or an error that says exactly what to install. */
export function requireBrowser(name: BrowserName): string {
  const found = findBrowser(name);
  if (!found) throw new Error(`No ${name} found. ${RECIPES[name].install}`);
  if (!existsSync(found))
    throw new Error(`${name} is set to ${found}, which does not exist. ${RECIPES[name].install}`);
  return found;
}
