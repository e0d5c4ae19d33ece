/**
 * Main-thread time of some scripts, from a Chrome trace: every slice the renderer spent running code of those
 * scripts (their evaluation, and every call into them: timers, observers, message replies), and the tasks those
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
  id?: string;
  args?: { name?: string; data?: TraceData };
}

interface TraceData {
  url?: string;
  message?: string;
  /** `Profile`: when sampling began, trace microseconds. */
  startTime?: number;
  /** `ProfileChunk`: new stack nodes, and the samples taken since the last chunk. */
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  /** `ProfileChunk`: microseconds from one sample to the next, the first from the previous chunk's last. */
  timeDeltas?: number[];
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

/**
 * Every call into a script and the task around it, and the sampling profiler: code that runs as a promise
 * continuation (after an `await`, or when a message's answer arrives) has no slice naming its script, only samples.
 */
const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

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
  /** CPU time of the same slices, ms (less than wall time when the machine is busy); sampled time counts whole. */
  cpuMs: number;
  /** The scripts' evaluation when they were injected, ms. */
  evaluationMs: number;
  /** The most time the scripts took within one task of the main thread, ms. */
  longestTaskMs: number;
  /** What ran in the longest task: the scripts it evaluated (file names) or called into, in order. */
  longestTaskHeld: string;
  /** How many tasks of the main thread ran code of the scripts. */
  tasks: number;
}

interface Slice {
  thread: string;
  start: number;
  end: number;
  cpu: number;
  name: string;
  /** The file of the script the slice ran, when the event names one. */
  file: string;
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
      file: (event.args?.data?.url ?? '').split('/').pop() ?? '',
    });
  }
  return slices;
}

/** A sample stands for at most this long: longer gaps are the profiler pausing, not code running. */
const MAX_SAMPLE_US = 1000;

/**
 * The moments the sampling profiler caught a renderer main thread inside one of `scriptUrls` (anywhere in the stack,
 * so the browser's own functions called from our code count), each a slice lasting until the next sample.
 */
function sampledSlices(events: readonly TraceEvent[], isOurs: (url: string) => boolean): Slice[] {
  interface Profile {
    thread: string;
    time: number;
    nodes: Map<number, ProfileNode>;
    sampled: { at: number; node: number }[];
  }
  const profiles = new Map<string, Profile>();
  for (const event of events) {
    if (event.name !== 'Profile' || event.args?.data?.startTime === undefined) continue;
    profiles.set(`${event.pid}:${event.id}`, {
      thread: threadKey(event),
      time: event.args.data.startTime,
      nodes: new Map(),
      sampled: [],
    });
  }
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    const profile = event.name === 'ProfileChunk' ? profiles.get(`${event.pid}:${event.id}`) : undefined;
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    samples.forEach((node, index) => {
      profile.time += data.timeDeltas?.[index] ?? 0;
      profile.sampled.push({ at: profile.time, node });
    });
  }

  const slices: Slice[] = [];
  for (const { thread, nodes, sampled } of profiles.values()) {
    const known = new Map<number, boolean>();
    const inOurs = (id: number | undefined): boolean => {
      if (id === undefined) return false;
      const cached = known.get(id);
      if (cached !== undefined) return cached;
      const node = nodes.get(id);
      const ours = node !== undefined && (isOurs(node.callFrame.url ?? '') || inOurs(node.parent));
      known.set(id, ours);
      return ours;
    };
    sampled.forEach(({ at, node }, index) => {
      const next = sampled[index + 1]?.at ?? at;
      if (!inOurs(node)) return;
      const end = Math.min(next, at + MAX_SAMPLE_US);
      slices.push({ thread, start: at, end, cpu: end - at, name: 'sample', file: '' });
    });
  }
  return slices;
}

const inside = (slice: Slice, within: Slice) =>
  within.thread === slice.thread && within.start <= slice.start && slice.start < within.end;

/**
 * Time spent on renderer main threads running any of the scripts whose URL contains one of `scriptUrls`, from
 * `events` recorded by `traceWhile`; a slice of one script calling into another counts once. Only events at or
 * after `from` (trace microseconds) count, when given.
 */
export function scriptTime(
  events: readonly TraceEvent[],
  scriptUrls: readonly string[],
  from = 0,
): ScriptTime {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map(threadKey),
  );
  const isOurs = (url: string) => scriptUrls.some((each) => url.includes(each));
  const onMain = events.filter(isComplete).filter((event) => mainThreads.has(threadKey(event)));
  const slices = outermost(onMain.filter((event) => event.ts >= from && isOurs(event.args?.data?.url ?? '')));
  // Samples of our code outside those slices: promise continuations, which no slice names.
  const continuations = sampledSlices(events, isOurs).filter(
    (sample) =>
      mainThreads.has(sample.thread) &&
      sample.start >= from &&
      !slices.some((slice) => inside(sample, slice)),
  );
  const ours = [...slices, ...continuations];
  // A microtask checkpoint can run after its task has ended: then it is a task of its own.
  const tasks = outermost(
    onMain.filter(
      (event) =>
        event.name === 'ThreadControllerImpl::RunTask' ||
        event.name === 'BlinkScheduler_PerformMicrotaskCheckpoint',
    ),
  );

  const perTask = new Map<Slice, number>();
  const heldBy = new Map<Slice, string[]>();
  for (const slice of ours) {
    const task = tasks.find((each) => inside(slice, each));
    // A slice outside any recorded task (the trace's first or last moments) counts as a task of its own.
    const key = task ?? slice;
    perTask.set(key, (perTask.get(key) ?? 0) + (slice.end - slice.start));
    const held = heldBy.get(key) ?? [];
    const what = slice.name === 'EvaluateScript' ? `evaluating ${slice.file}` : slice.name;
    if (!held.includes(what)) held.push(what);
    heldBy.set(key, held);
  }
  const longest = [...perTask].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return {
    totalMs: sum(ours.map((slice) => slice.end - slice.start)) / 1000,
    cpuMs: sum(ours.map((slice) => slice.cpu)) / 1000,
    evaluationMs:
      sum(ours.filter((slice) => slice.name === 'EvaluateScript').map((slice) => slice.end - slice.start)) /
      1000,
    longestTaskMs: Math.max(0, ...perTask.values()) / 1000,
    longestTaskHeld: (longest && heldBy.get(longest)?.join(', ')) || 'nothing',
    tasks: perTask.size,
  };
}

/**
 * When the page called `console.timeStamp(label)`, in trace microseconds: marks a moment to split a trace at.
 */
export function markedAt(events: readonly TraceEvent[], label: string): number | undefined {
  return events.find((event) => event.name === 'TimeStamp' && event.args?.data?.message === label)?.ts;
}

/**
 * Time the page's dedicated workers were busy, ms: every task they ran. The benchmark's page starts none of its
 * own, so this is the detector's worker, which runs beside the main thread rather than on it.
 */
export function dedicatedWorkerTime(events: readonly TraceEvent[]): number {
  const workerThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'DedicatedWorker thread')
      .map(threadKey),
  );
  const tasks = outermost(
    events
      .filter(isComplete)
      .filter(
        (event) => workerThreads.has(threadKey(event)) && event.name === 'ThreadControllerImpl::RunTask',
      ),
  );
  return tasks.reduce((total, task) => total + task.end - task.start, 0) / 1000;
}
