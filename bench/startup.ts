/**
 * What the detector costs before it has judged anything: evaluating its module and the first message of each
 * language, when regexes are compiled. Measured as the extension ships it (esbuild, minified) in fresh Node
 * processes, as a content script meets it on every page load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MailInput } from '../detector/types';
import { LANGUAGES, type LoadedItem, loadCorpus, toMailInput } from '../tests/corpus/corpus';
import { writeDetectorBundle } from './bundle';
import { fixed, printTable, verdict } from './table';

const EVALUATION_TARGET_MS = 5;
const FIRST_CALL_TARGET_MS = 10;
/** Fresh processes per figure; the median is printed. */
const RUNS = 7;

/**
 * Runs in each fresh process: loads the bundle, then judges the messages in turn, each twice. Wall-clock time is
 * what a page waits; CPU time (all of the process's threads) moves less when other jobs load the machine.
 */
const CHILD = `
const [bundle, mailsFile] = process.argv.slice(1);
const mails = JSON.parse(require('node:fs').readFileSync(mailsFile, 'utf8'));
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const time = (run) => { const wall = performance.now(); const used = cpu(); run(); return [performance.now() - wall, cpu() - used]; };
const wall = performance.now();
const used = cpu();
import(bundle).then(({ detect }) => {
  const evaluation = [performance.now() - wall, cpu() - used];
  const first = [];
  const warm = [];
  for (const mail of mails) {
    first.push(time(() => detect(mail)));
    warm.push(time(() => detect(mail)));
  }
  process.stdout.write(JSON.stringify({ evaluation, first, warm }));
});
`;

/** Wall-clock and CPU milliseconds. */
type Cost = [number, number];

interface Run {
  evaluation: Cost;
  first: Cost[];
  warm: Cost[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Medians of wall-clock and CPU time, each on its own. */
const medianCost = (costs: Cost[]): Cost => [median(costs.map((c) => c[0])), median(costs.map((c) => c[1]))];
const NONE: Cost = [Number.NaN, Number.NaN];

/** The median-size rejection of a language: a typical message of it. */
function typicalRejection(items: readonly LoadedItem[], language: string): MailInput {
  const rejections = items
    .filter((item) => item.language === language && item.expect.rejection)
    .sort((a, b) => (a.body ?? a.html ?? '').length - (b.body ?? b.html ?? '').length);
  const item = rejections[Math.floor(rejections.length / 2)];
  if (!item) throw new Error(`no ${language} rejection in the corpus`);
  return toMailInput(item);
}

/** Median figures over fresh processes, each judging `mails` in order. */
function freshRuns(dir: string, bundleUrl: string, name: string, mails: MailInput[]) {
  const mailsFile = join(dir, `${name}.json`);
  writeFileSync(mailsFile, JSON.stringify(mails));
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const output = execFileSync(process.execPath, ['-e', CHILD, bundleUrl, mailsFile], { encoding: 'utf8' });
    runs.push(JSON.parse(output) as Run);
  }
  return {
    evaluation: medianCost(runs.map((run) => run.evaluation)),
    first: mails.map((_, i) => medianCost(runs.map((run) => run.first[i] ?? NONE))),
    warm: mails.map((_, i) => medianCost(runs.map((run) => run.warm[i] ?? NONE))),
  };
}

export async function benchStartup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'detector-startup-'));
  try {
    const bundleUrl = await writeDetectorBundle(dir);
    const items = loadCorpus().items;
    const mails = LANGUAGES.map((language) => typicalRejection(items, language));

    const inTurn = freshRuns(dir, bundleUrl, 'all', mails);
    const alone = LANGUAGES.map((language, i) =>
      freshRuns(dir, bundleUrl, language, [mails[i] as MailInput]),
    );

    const load = loadavg()
      .map((value) => fixed(value, 2))
      .join(' ');
    const [evaluationMs, evaluationCpu] = inTurn.evaluation;
    printTable(
      `Detector start-up, fresh process, esbuild bundle (medians of ${RUNS} runs, load average ${load})`,
      ['step', 'ms', 'CPU ms', 'target'],
      [
        [
          'evaluating the module',
          fixed(evaluationMs, 2),
          fixed(evaluationCpu, 2),
          `≤ ${EVALUATION_TARGET_MS} ms: ${verdict(evaluationMs <= EVALUATION_TARGET_MS)}`,
        ],
      ],
    );
    printTable(
      'First detect() of a typical rejection per language (ms, CPU ms in brackets)',
      ['language', 'first, alone', 'first, after those above', 'second call', 'target'],
      LANGUAGES.map((language, i) => {
        const [afterMs, afterCpu] = inTurn.first[i] ?? NONE;
        const [aloneMs, aloneCpu] = alone[i]?.first[0] ?? NONE;
        const [warmMs, warmCpu] = inTurn.warm[i] ?? NONE;
        return [
          language,
          `${fixed(aloneMs, 1)} (${fixed(aloneCpu, 1)})`,
          `${fixed(afterMs, 1)} (${fixed(afterCpu, 1)})`,
          `${fixed(warmMs, 2)} (${fixed(warmCpu, 1)})`,
          `≤ ${FIRST_CALL_TARGET_MS} ms: ${verdict(afterMs <= FIRST_CALL_TARGET_MS)}`,
        ];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/startup.ts` runs this part alone.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await benchStartup();
