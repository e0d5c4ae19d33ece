/**
 * Main-thread time of one script, from a Chrome trace: every slice the renderer spent running code of that
 * script (its evaluation, and every call into it: timers, observers, message replies), and the tasks those
 * slices ran in.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time, microseconds. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; message?: string } };
}

/**
 * Enough to see every call into a script and the task around it, without the sampling profiler's overhead.
 */
const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute'];

/** Records a trace of everything the browser does while `run` runs, through `page`'s DevTools session. */
export async function traceWhile(
  context: BrowserContext,
  page: Page,
  run: () => Promise<void>,
): Promise<TraceEvent[]> {
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await session.send('Tracing.end');
    await complete;
    await session.detach();
  }
  return events;
}

export interface ScriptTime {
  /** Wall time of all slices, ms: how long the page's main thread was busy with the script. */
  totalMs: number;
  /** CPU time of the same slices, ms (less than wall time when the machine is busy). */
  cpuMs: number;
  /** The script's evaluation when it was injected, ms. */
  evaluationMs: number;
  /** The most time the script took within one task of the main thread, ms. */
  longestTaskMs: number;
  /** How many tasks of the main thread ran code of the script. */
  tasks: number;
}

interface Slice {
  thread: string;
  start: number;
  end: number;
  cpu: number;
  name: string;
}

const threadKey = (event: TraceEvent) => `${event.pid}:${event.tid}`;
const isComplete = (event: TraceEvent): event is TraceEvent & { dur: number } =>
  event.ph === 'X' && typeof event.dur === 'number';

/** Top-level intervals of `events` on each thread: nested events (a call inside an evaluation) count once. */
function outermost(events: readonly (TraceEvent & { dur: number })[]): Slice[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const ends = new Map<string, number>();
  const slices: Slice[] = [];
  for (const event of sorted) {
    const thread = threadKey(event);
    if (event.ts < (ends.get(thread) ?? Number.NEGATIVE_INFINITY)) continue;
    ends.set(thread, event.ts + event.dur);
    slices.push({
      thread,
      start: event.ts,
      end: event.ts + event.dur,
      cpu: event.tdur ?? 0,
      name: event.name,
    });
  }
  return slices;
}

/**
 * Time spent on renderer main threads running the script whose URL contains `scriptUrl`, from `events`
 * recorded by `traceWhile`. Only events at or after `from` (trace microseconds) count, when given.
 */
export function scriptTime(events: readonly TraceEvent[], scriptUrl: string, from = 0): ScriptTime {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map(threadKey),
  );
  const onMain = events.filter(isComplete).filter((event) => mainThreads.has(threadKey(event)));
  const ours = outermost(
    onMain.filter((event) => event.ts >= from && (event.args?.data?.url ?? '').includes(scriptUrl)),
  );
  const tasks = outermost(onMain.filter((event) => event.name === 'ThreadControllerImpl::RunTask'));

  const perTask = new Map<Slice, number>();
  for (const slice of ours) {
    const task = tasks.find(
      (each) => each.thread === slice.thread && each.start <= slice.start && slice.end <= each.end,
    );
    // A slice outside any recorded task (the trace's first or last moments) counts as a task of its own.
    const key = task ?? slice;
    perTask.set(key, (perTask.get(key) ?? 0) + (slice.end - slice.start));
  }
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return {
    totalMs: sum(ours.map((slice) => slice.end - slice.start)) / 1000,
    cpuMs: sum(ours.map((slice) => slice.cpu)) / 1000,
    evaluationMs:
      sum(ours.filter((slice) => slice.name === 'EvaluateScript').map((slice) => slice.end - slice.start)) /
      1000,
    longestTaskMs: Math.max(0, ...perTask.values()) / 1000,
    tasks: perTask.size,
  };
}

/**
 * When the page called `console.timeStamp(label)`, in trace microseconds: marks a moment to split a trace at.
 */
export function markedAt(events: readonly TraceEvent[], label: string): number | undefined {
  return events.find((event) => event.name === 'TimeStamp' && event.args?.data?.message === label)?.ts;
}
