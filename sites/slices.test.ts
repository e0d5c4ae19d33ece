import { describe, expect, it } from 'vitest';
import { breather, SLICE_MS } from './slices';

describe('breather', () => {
  it('gives the main thread back once a slice has run its time, and not before', async () => {
    let now = 0;
    let pauses = 0;
    const breathe = breather(
      () => now,
      async () => {
        pauses += 1;
      },
    );
    now = SLICE_MS - 1;
    await breathe();
    expect(pauses).toBe(0);
    now = SLICE_MS;
    await breathe();
    expect(pauses).toBe(1);
    // A new slice starts after the pause.
    now = 2 * SLICE_MS - 1;
    await breathe();
    expect(pauses).toBe(1);
    now = 2 * SLICE_MS;
    await breathe();
    expect(pauses).toBe(2);
  });

  it('pauses on a real timer by default', async () => {
    let now = 0;
    const breathe = breather(() => now);
    now = SLICE_MS;
    let resumed = false;
    const waiting = breathe().then(() => {
      resumed = true;
    });
    // The pause is a new task: nothing of it has run yet.
    expect(resumed).toBe(false);
    await waiting;
    expect(resumed).toBe(true);
  });
});
