/**
 * `npm run bench`: detector throughput and worst cases, its start-up in fresh processes, mbox reading speed and
 * the detector's share of the content-script bundle, then the extension's budgets in headless Chromium (on the
 * last `npm run build`), printed as tables (BENCHMARKS.md holds figures copied from a run). Nothing here asserts a time: the figures
 * depend on the machine.
 */
import { availableParallelism, cpus } from 'node:os';
import { benchBrowser } from './browser';
import { benchBundle } from './bundle';
import { benchDetector } from './detector';
import { benchMbox } from './mbox';
import { benchStartup } from './startup';

console.log(
  `Machine: ${availableParallelism()} cores, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`,
);
await benchDetector();
await benchStartup();
await benchMbox();
await benchBundle();
await benchBrowser();
