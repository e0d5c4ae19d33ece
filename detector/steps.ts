/** Runs the steps of a judgement (or of a part of one) without pausing, as callers outside a page do. */
export function allAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
