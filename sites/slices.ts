/**
 * How long our work may hold a page's main thread before giving it back: judging a batch of messages, or preparing
 * the detector, never becomes one long task that makes the page stutter.
 */
export const SLICE_MS = 8;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A point to call between steps of a long job: it gives the page its main thread back (awaits `pause`) once the
 * current slice has run for {@link SLICE_MS}, and costs nothing otherwise.
 */
export function breather(
  clock: () => number = () => performance.now(),
  pause: () => Promise<void> = nextTask,
): () => Promise<void> {
  let start = clock();
  return async () => {
    if (clock() - start < SLICE_MS) return;
    await pause();
    start = clock();
  };
}
