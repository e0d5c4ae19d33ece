import { storage } from 'wxt/utils/storage';

/** How long a request to show a particular plan waits for the popup to open and take it. */
export const PLAN_FOCUS_TTL_MS = 60_000;

/**
 * The rejection the next popup should open on, when the background opens the toolbar popup for one (the popup
 * opened that way has no address of its own to say which).
 */
const planFocus = storage.defineItem<{ id: number; at: number } | null>('local:planFocus', {
  fallback: null,
});

export async function focusPlan(id: number, now = Date.now()): Promise<void> {
  await planFocus.setValue({ id, at: now });
}

/** The rejection asked for in the last minute, if any; taking it clears it, so the next opening is ordinary. */
export async function takePlanFocus(now = Date.now()): Promise<number | undefined> {
  const focus = await planFocus.getValue();
  if (!focus) return undefined;
  await planFocus.setValue(null);
  return now - focus.at <= PLAN_FOCUS_TTL_MS ? focus.id : undefined;
}
