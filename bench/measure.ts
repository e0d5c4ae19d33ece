/**
 * Timing for the benchmarks: a warm-up round, then several rounds of repeated calls, and the median time per call,
 * so one garbage collection or a busy neighbour process does not decide the figure.
 */
export interface MeasureOptions {
  rounds?: number;
  /** Each round repeats the call until this much time has passed (always at least once). */
  minRoundMs?: number;
}

/** Median milliseconds per call of `run` (awaited, so it may be async). */
export async function msPerCall(
  run: () => unknown,
  { rounds = 5, minRoundMs = 300 }: MeasureOptions = {},
): Promise<number> {
  const perCall: number[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    const start = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      await run();
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < minRoundMs);
    if (round > 0) perCall.push(elapsed / calls);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)] ?? Number.NaN;
}
