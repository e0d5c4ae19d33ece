import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, launchWithExtension } from './scripts/launch-chromium.ts';
import { runGmailBudget } from './bench/gmail-budget.ts';
const copy = join(mkdtempSync(join(tmpdir(), 'gm-')), 'ext');
cpSync(process.argv[2] ?? CHROME_BUILD, copy, { recursive: true });
const b = await launchWithExtension({ headless: true, extensionDir: copy });
const rows: string[] = [];
const wall: number[] = [], cpu: number[] = [];
for (let r = 0; r < Number(process.argv[3] ?? 8); r++) {
  const run = await runGmailBudget(b, r);
  wall.push(run.whole.totalMs); cpu.push(run.whole.cpuMs);
  rows.push(`wall ${run.whole.totalMs.toFixed(1)} cpu ${run.whole.cpuMs.toFixed(1)} eval ${run.whole.evaluationMs.toFixed(1)} mut ${run.mutations.totalMs.toFixed(1)}/${run.mutations.cpuMs.toFixed(1)} longest ${run.whole.longestTaskMs.toFixed(1)} worker ${run.judgedInWorker}`);
}
await b.close();
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!.toFixed(1);
console.log(rows.join('\n'));
console.log(`median wall ${med(wall)} cpu ${med(cpu)}`);
