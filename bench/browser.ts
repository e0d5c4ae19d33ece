/**
 * The extension's budgets in headless Chromium, measured on the last build (`npm run build`): the main-thread
 * time of every script of ours on a busy Gmail thread, the popup's first render on a full database (and on a
 * database of one record, for comparison), and what each bundle weighs. The build is copied first, so a
 * rebuild during the run cannot change what is measured.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHROME_BUILD,
  type ExtensionBrowser,
  launchWithExtension,
  NO_WORKERS_POLICY,
} from '../scripts/launch-chromium';
import { type GmailRun, MUTATIONS, runGmailBudget, THREAD_MESSAGES } from './gmail-budget';
import { FULL, fillDatabase, openPopupOnce, type PopupRender, SINGLE, type Stored } from './popup-budget';
import {
  bundleMakeup,
  CONTENT_SCRIPT_BYTES,
  contentScriptSizes,
  detectorSizes,
  detectorWorkerSize,
  type FileSize,
  pageBundle,
} from './sizes';
import { fixed, printTable, size, verdict } from './table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SCRIPT_TOTAL_MS = 30;
const SCRIPT_TASK_MS = 16;
const POPUP_MS = 100;
/** Single runs on a busy two-core machine spread ±8 ms around their median: seven runs make it steadier. */
const GMAIL_ROUNDS = 7;
/** The first opening compiles the popup's code; the later ones show what a user sees most of the time. */
const POPUP_OPENINGS = 8;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (value: number) => `${fixed(value)} ms`;

async function withBrowser<T>(
  extensionDir: string,
  use: (browser: ExtensionBrowser) => Promise<T>,
): Promise<T> {
  const browser = await launchWithExtension({ headless: true, extensionDir });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

async function chromiumVersion(browser: ExtensionBrowser): Promise<string> {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  const { product } = (await session.send('Browser.getVersion')) as { product: string };
  await page.close();
  return product;
}

/** A row of figures: wall time, CPU time when known, and the target with its verdict when there is one. */
function timeRow(label: string, wallMs: number, cpuMs?: number, targetMs?: number): string[] {
  const target = targetMs === undefined ? ['', ''] : [`≤ ${targetMs} ms`, verdict(wallMs <= targetMs)];
  return [label, ms(wallMs), cpuMs === undefined ? '' : ms(cpuMs), ...target];
}

function printGmail(runs: readonly GmailRun[]): void {
  const typical = [...runs].sort((a, b) => a.whole.totalMs - b.whole.totalMs)[Math.floor(runs.length / 2)];
  if (!typical) return;
  const { whole, mutations, contentScript, detector, workerMs } = typical;
  const worst = (pick: (run: GmailRun) => number) => Math.max(...runs.map(pick));
  printTable(
    `Gmail, every script of ours: ${THREAD_MESSAGES}-message thread, ${MUTATIONS} mutations (median of ${runs.length} runs)`,
    ['figure', 'wall', 'CPU', 'target', ''],
    [
      timeRow('total main-thread time', whole.totalMs, whole.cpuMs, SCRIPT_TOTAL_MS),
      timeRow('  evaluating the content script', contentScript.evaluationMs),
      timeRow('  evaluating the detector files (a task each)', detector.evaluationMs),
      timeRow('  first read, before the mutations', whole.totalMs - whole.evaluationMs - mutations.totalMs),
      timeRow('  after the mutations began', mutations.totalMs, mutations.cpuMs),
      timeRow('  of all this, with detector code running', detector.totalMs, detector.cpuMs),
      timeRow("the detector's worker, beside the main thread (not in the total)", workerMs),
      timeRow(
        'longest task of ours (worst run)',
        worst((run) => run.whole.longestTaskMs),
        undefined,
        SCRIPT_TASK_MS,
      ),
      timeRow(
        '  after the mutations began',
        worst((run) => run.mutations.longestTaskMs),
      ),
      ['tasks that ran our code', String(whole.tasks), '', '', ''],
    ],
  );
  const inWorker = runs.filter((run) => run.judgedInWorker).length;
  console.log(`  judged in the detector's worker in ${inWorker} of ${runs.length} runs`);
  console.log(
    `  each run, total / longest task (what ran in it):\n${runs.map((run) => `    ${ms(run.whole.totalMs)} / ${ms(run.whole.longestTaskMs)} (${run.whole.longestTaskHeld})`).join('\n')}`,
  );
}

/** The same page where its policy forbids workers: the detector then runs beside the content script. */
function printWithoutWorker(run: GmailRun): void {
  console.log(
    `  where a page forbids workers (one run, the detector's files added beside the content script): ${ms(run.whole.totalMs)} in all, ${ms(run.detector.totalMs)} of it detector code, longest task ${ms(run.whole.longestTaskMs)}`,
  );
}

const storedLabel = ({ rejections, wins }: Stored) =>
  `${rejections.toLocaleString('en-US')} rejection${rejections === 1 ? '' : 's'}, ${wins.toLocaleString('en-US')} win${wins === 1 ? '' : 's'}`;

function popupRows(stored: Stored, openings: readonly PopupRender[], target?: number): string[][] {
  const [cold, ...warm] = openings;
  if (!cold) return [];
  const painted = median(warm.map((opening) => opening.headingPainted));
  return [
    [
      `${storedLabel(stored)}: first opening`,
      ms(cold.headingInPage),
      ms(cold.headingPainted),
      String(cold.options),
      '',
      '',
    ],
    [
      `${storedLabel(stored)}: median of the next ${warm.length}`,
      ms(median(warm.map((opening) => opening.headingInPage))),
      ms(painted),
      String(median(warm.map((opening) => opening.options))),
      target === undefined ? '' : `≤ ${target} ms`,
      target === undefined ? '' : verdict(painted <= target),
    ],
  ];
}

function printPopup(full: readonly PopupRender[], single: readonly PopupRender[]): void {
  printTable(
    'Popup first render, from navigation start',
    ['stored', 'heading in page', 'heading painted', 'switcher choices', 'target', ''],
    [...popupRows(FULL, full, POPUP_MS), ...popupRows(SINGLE, single)],
  );
}

async function printSizes(buildDir: string): Promise<void> {
  const scripts = contentScriptSizes(buildDir);
  const detector = detectorSizes(buildDir);
  const worker = detectorWorkerSize(buildDir);
  const popup = pageBundle(buildDir, 'popup.html');
  const popupTotal = popup.reduce((total, file) => total + file.bytes, 0);
  printTable(
    'Built bundles (minified)',
    ['file', 'size', 'target', ''],
    [
      ...scripts.map(({ name, bytes }) => [
        name,
        size(bytes),
        `≤ ${size(CONTENT_SCRIPT_BYTES)}`,
        verdict(bytes <= CONTENT_SCRIPT_BYTES),
      ]),
      [
        `${worker.name} (started as the page's worker once a message opens)`,
        size(worker.bytes),
        'reported',
        '',
      ],
      ...detector.map(({ name, bytes }) => [
        `${name} (added instead, where a page refuses the worker)`,
        size(bytes),
        'reported',
        '',
      ]),
      ['popup.html and everything it loads', size(popupTotal), 'reported', ''],
      ...popup.map(({ name, bytes }: FileSize) => [`  ${name}`, size(bytes), '', '']),
    ],
  );
  const makeup = await bundleMakeup(ROOT, 'entrypoints/gmail.content/index.ts');
  printTable(
    `What the Gmail content script is made of (esbuild metafile, ${size(makeup.total)} without WXT's runtime)`,
    ['source', 'minified', 'share'],
    makeup.groups.map(({ name, bytes }) => [name, size(bytes), `${fixed((bytes / makeup.total) * 100, 0)}%`]),
  );
}

export async function benchBrowser(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    console.log('\nBrowser budgets: no build in .output/chrome-mv3. Run `npm run build` first.');
    return;
  }
  const copy = mkdtempSync(join(tmpdir(), 'comeback-bench-'));
  const buildDir = join(copy, 'chrome-mv3');
  cpSync(CHROME_BUILD, buildDir, { recursive: true });
  try {
    const version = await withBrowser(buildDir, chromiumVersion);
    console.log(`\nBrowser budgets: ${version}, headless, on the build copied from .output/chrome-mv3`);

    const { runs, withoutWorker } = await withBrowser(buildDir, async (browser) => {
      const done: GmailRun[] = [];
      for (let round = 0; round < GMAIL_ROUNDS; round += 1) done.push(await runGmailBudget(browser, round));
      return { runs: done, withoutWorker: await runGmailBudget(browser, GMAIL_ROUNDS, NO_WORKERS_POLICY) };
    });
    printGmail(runs);
    printWithoutWorker(withoutWorker);

    const popupOpenings = (stored: Stored) =>
      withBrowser(buildDir, async (browser) => {
        await fillDatabase(browser, stored);
        const done: PopupRender[] = [];
        for (let opening = 0; opening < POPUP_OPENINGS; opening += 1) done.push(await openPopupOnce(browser));
        return done;
      });
    printPopup(await popupOpenings(FULL), await popupOpenings(SINGLE));

    await printSizes(buildDir);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
