/**
 * `npm run check:store` (part of `npm test`, after the build): what the Chrome Web Store and addons.mozilla.org
 * look at, checked on the real builds and zips.
 * - No remote code in either build.
 * - Both manifests declare the icons at 16, 32, 48 and 128 px; Firefox's own keys are in Firefox's manifest only,
 *   with its id, "no data collected", and the minimum versions that read that (desktop and Android).
 * - `npm run zip` twice gives byte-identical zips, and the sources zip alone (plus this checkout's node_modules)
 *   rebuilds the Firefox build byte for byte, as an AMO reviewer would.
 * - The sources zip holds no tests, no fixtures and no helper only tests use, as the README says.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_BUILD } from './launch-chromium';
import { FIREFOX_BUILD } from './launch-firefox';
import { readZip } from './read-zip';
import { findRemoteCode } from './remote-code';
import { type BrowserSettings, browserSettingsProblems } from './store-manifests';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, '.output');
const WXT = join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
const ICON_SIZES = ['16', '32', '48', '128'];

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
/** WXT's default zip names. */
const ZIPS = ['chrome', 'firefox', 'sources'].map((kind) => join(OUTPUT, `${name}-${version}-${kind}.zip`));

/** Sources zip entries only tests read: saved pages and mails, their loaders, test helpers and the tests. */
const TEST_ONLY = [
  /fixtures?\//,
  /(^|\/)(fixture-loader|load-fixture|fixtures|selector-checks|fake-detector|mbox-write)\.ts$/,
  /\.test\.tsx?$/,
];

const problems: string[] = [];

function noRemoteCode(): void {
  for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
    for (const finding of findRemoteCode(build))
      problems.push(`${finding.what} in ${finding.file}: …${finding.excerpt}…`);
  }
}

function manifestsDeclareWhatStoresNeed(): void {
  const [chrome, firefox] = [CHROME_BUILD, FIREFOX_BUILD].map((build) => {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    for (const size of ICON_SIZES) {
      const icon: string | undefined = manifest.icons?.[size];
      if (!icon || !existsSync(join(build, icon))) problems.push(`${build}: no ${size} px icon`);
    }
    return manifest as BrowserSettings;
  }) as [BrowserSettings, BrowserSettings];
  problems.push(...browserSettingsProblems(chrome, firefox));
}

/** Every file under `dir`, by path, with its SHA-256. */
function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(dir, file)).isFile(),
  );
  return new Map(
    files.sort().map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

function differences(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()]);
  return [...paths].filter((path) => expected.get(path) !== actual.get(path)).sort();
}

function zipOnce(): Map<string, string> {
  for (const zip of ZIPS) rmSync(zip, { force: true });
  execFileSync('npm', ['run', '-s', 'zip'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const hashes = new Map<string, string>();
  for (const zip of ZIPS) {
    if (!existsSync(zip)) problems.push(`npm run zip made no ${zip}`);
    else hashes.set(zip, createHash('sha256').update(readFileSync(zip)).digest('hex'));
  }
  return hashes;
}

function zipsAreReproducible(): void {
  const first = zipOnce();
  const second = zipOnce();
  for (const zip of differences(first, second))
    problems.push(`${zip} differs between two runs of npm run zip`);
}

function sourcesLeaveOutTests(): void {
  const sourcesZip = ZIPS[2] as string;
  if (!existsSync(sourcesZip)) return;
  for (const path of readZip(readFileSync(sourcesZip)).keys())
    if (TEST_ONLY.some((pattern) => pattern.test(path))) problems.push(`the sources zip holds ${path}`);
}

function sourcesRebuildFirefox(): void {
  const sourcesZip = ZIPS[2] as string;
  if (!existsSync(sourcesZip)) return;
  const dir = mkdtempSync(join(tmpdir(), 'comeback-sources-'));
  try {
    for (const [path, content] of readZip(readFileSync(sourcesZip))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    try {
      execFileSync(process.execPath, [WXT, 'build', '-b', 'firefox'], {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    } catch {
      problems.push(
        'the sources zip does not build: is a source folder missing from SOURCES in wxt.config.ts?',
      );
      return;
    }
    const rebuilt = join(dir, '.output', 'firefox-mv2');
    for (const path of differences(digests(FIREFOX_BUILD), digests(rebuilt)))
      problems.push(
        `rebuilt from the sources zip, ${path} is not the same: is a source folder missing from SOURCES?`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const steps: [string, () => void][] = [
    ['no remote code in either build', noRemoteCode],
    ['icons, and Firefox-only keys with their minimum versions', manifestsDeclareWhatStoresNeed],
    ['npm run zip twice gives byte-identical zips', zipsAreReproducible],
    ['the sources zip holds no tests, fixtures or test helpers', sourcesLeaveOutTests],
    ['the sources zip rebuilds the Firefox build byte for byte', sourcesRebuildFirefox],
  ];
  for (const [what, step] of steps) {
    const before = problems.length;
    step();
    console.log(`${problems.length === before ? '✓' : '✗'} ${what}`);
  }
  for (const problem of problems) console.error(`  ${problem}`);
  if (problems.length > 0) process.exit(1);
}

main();
