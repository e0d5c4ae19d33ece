import type { ComebackDb } from './db';
import { PAUSE_MS, type PauseLength } from './preferences';
import type { Pause } from './types';

/**
 * "Take a day": the rejection is set aside until the chosen time is up. A pause after the nudge was shown keeps
 * that mark, so taking time again never brings a second nudge.
 */
export async function startPause(
  db: ComebackDb,
  id: number,
  length: PauseLength,
  now = Date.now(),
): Promise<Pause> {
  return db.transaction('rw', db.rejections, async () => {
    const rejection = await db.rejections.get(id);
    if (!rejection) throw new Error(`No rejection ${id} to pause.`);
    const pause: Pause = { until: now + PAUSE_MS[length] };
    if (rejection.pause?.nudgedAt !== undefined) pause.nudgedAt = rejection.pause.nudgedAt;
    await db.rejections.update(id, { pause });
    return pause;
  });
}

/**
 * The user is ready before the time is up. A pause not yet nudged is forgotten (no nudge is due any more, and
 * the user may take time again later); one already nudged just ends now.
 */
export async function endPause(db: ComebackDb, id: number, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.rejections, async () => {
    const pause = (await db.rejections.get(id))?.pause;
    if (!pause) return;
    await db.rejections.update(id, {
      pause: pause.nudgedAt === undefined ? undefined : { ...pause, until: Math.min(pause.until, now) },
    });
  });
}

/** Notes the nudge as shown; false when there is nothing to nudge, or it was already shown (never twice). */
export async function markPauseNudged(db: ComebackDb, id: number, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.rejections, async () => {
    const pause = (await db.rejections.get(id))?.pause;
    if (!pause || pause.nudgedAt !== undefined) return false;
    await db.rejections.update(id, { pause: { ...pause, nudgedAt: now } });
    return true;
  });
}
