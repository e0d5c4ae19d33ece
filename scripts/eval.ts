/**
 * `tsx scripts/eval.ts`: runs the detector over the labelled corpus in tests/corpus and prints how it did,
 * then every miss, false alarm and wrong company or role, so a change to the detector can be judged by its
 * effect on real-looking mail. Exits 1 only when a corpus line is invalid.
 */
import { detect } from '../detector/index';
import type { Verdict } from '../detector/types';
import { type LoadedItem, loadCorpus, toMailInput } from '../tests/corpus/corpus';
import { type FieldAccuracy, type Summary, sameCompany, sameRole, summarise } from '../tests/corpus/metrics';

interface Result {
  item: LoadedItem;
  verdict: Verdict;
  /** Set when the detector threw; the message then counts as not flagged. */
  crash?: string;
}

function run(item: LoadedItem): Result {
  try {
    return { item, verdict: detect(toMailInput(item)) };
  } catch (error) {
    const verdict: Verdict = {
      rejection: false,
      score: 0,
      kind: 'other',
      reasons: [],
      language: item.language,
    };
    return { item, verdict, crash: error instanceof Error ? error.message : String(error) };
  }
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

function field(accuracy: FieldAccuracy): string {
  return `${accuracy.correct}/${accuracy.checked} (${percent(accuracy.accuracy)})`;
}

function summaryOf(results: readonly Result[]): Summary {
  return summarise(results.map(({ item, verdict }) => ({ expected: item.expect, verdict })));
}

function printTable(title: string, groups: Map<string, Result[]>): void {
  console.log(`\n${title}`);
  console.log(
    `  ${'group'.padEnd(22)}${'msgs'.padStart(6)}${'rej'.padStart(6)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}` +
      `${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(9)}`,
  );
  for (const [name, results] of groups) {
    const s = summaryOf(results);
    const rejections = s.counts.truePositives + s.counts.falseNegatives;
    console.log(
      `  ${name.padEnd(22)}${String(s.counts.total).padStart(6)}${String(rejections).padStart(6)}` +
        `${String(s.counts.truePositives).padStart(6)}${String(s.counts.falsePositives).padStart(6)}` +
        `${String(s.counts.falseNegatives).padStart(6)}${percent(s.precision).padStart(11)}` +
        `${percent(s.recall).padStart(9)}${percent(s.f1).padStart(9)}`,
    );
  }
}

function groupBy(results: readonly Result[], key: (item: LoadedItem) => string): Map<string, Result[]> {
  const groups = new Map<string, Result[]>();
  for (const result of results) {
    const name = key(result.item);
    groups.set(name, [...(groups.get(name) ?? []), result]);
  }
  return groups;
}

function printCase({ item, verdict, crash }: Result): void {
  console.log(`  ${item.id}  ${item.subject}`);
  console.log(
    `      expected ${item.expect.kind}, got ${verdict.kind} (score ${verdict.score.toFixed(2)})  [${item.file}:${item.line}]`,
  );
  if (crash) console.log(`      detector threw: ${crash}`);
  for (const reason of verdict.reasons) console.log(`      reason: ${reason}`);
  if (item.note) console.log(`      note: ${item.note}`);
}

function printCases(title: string, results: readonly Result[]): void {
  console.log(`\n${title} (${results.length})`);
  for (const result of results) printCase(result);
}

function printWrongFields(
  title: string,
  results: readonly Result[],
  name: 'company' | 'role',
  same: (expected: string, actual: string | undefined) => boolean,
): void {
  const wrong = results.filter(({ item, verdict }) => {
    const expected = item.expect[name];
    return (
      item.expect.rejection && verdict.rejection && expected !== undefined && !same(expected, verdict[name])
    );
  });
  console.log(`\n${title} (${wrong.length})`);
  for (const { item, verdict } of wrong) {
    const actual = verdict[name] === undefined ? 'nothing' : `"${verdict[name]}"`;
    console.log(`  ${item.id}  expected "${item.expect[name]}", got ${actual}`);
  }
}

function main(): number {
  const { items, problems } = loadCorpus();
  if (problems.length > 0) {
    for (const { file, line, message } of problems) console.error(`tests/corpus/${file}:${line}: ${message}`);
    return 1;
  }

  const results = items.map(run);
  const overall = summaryOf(results);
  const { counts } = overall;
  const files = new Set(items.map((item) => item.file));
  const rejections = counts.truePositives + counts.falseNegatives;

  console.log(`Corpus: ${counts.total} messages in ${files.size} files, ${rejections} rejections`);
  console.log(
    `Detected: TP ${counts.truePositives}  FP ${counts.falsePositives}  FN ${counts.falseNegatives}  TN ${counts.trueNegatives}`,
  );
  console.log(
    `Precision ${percent(overall.precision)}   Recall ${percent(overall.recall)}   F1 ${percent(overall.f1)}`,
  );
  console.log(`Company accuracy ${field(overall.company)}   Role accuracy ${field(overall.role)}`);
  console.log(`Kind agreement ${field(overall.kind)}`);

  printTable(
    'By language',
    groupBy(results, (item) => item.language),
  );
  printTable(
    'By file',
    groupBy(results, (item) => item.file),
  );

  const crashes = results.filter((r) => r.crash);
  if (crashes.length > 0) printCases('Detector errors', crashes);
  printCases(
    'Misses',
    results.filter((r) => r.item.expect.rejection && !r.verdict.rejection),
  );
  printCases(
    'False alarms',
    results.filter((r) => !r.item.expect.rejection && r.verdict.rejection),
  );
  printWrongFields('Wrong company', results, 'company', sameCompany);
  printWrongFields('Wrong role', results, 'role', sameRole);
  return 0;
}

process.exitCode = main();
