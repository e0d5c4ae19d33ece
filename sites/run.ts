import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '@/messaging/send';
import { isSiteOn, readSiteSwitches, type SiteSwitches, watchSiteSwitches } from '@/storage/site-switches';
import { type AdapterHealth, healthDelta, NO_HEALTH } from './health';
import type { SiteId } from './registry';

/** How long health counts gather before one message carries them to the background. */
export const HEALTH_REPORT_MS = 5000;

/** Starts a site's detection; returns the function that stops it. */
export type StartSite = (onHealth: (health: AdapterHealth) => void) => () => void;

/**
 * Runs a site's content script while the user has the site switched on: it starts, stops and starts again as the
 * switch changes, reports health counts now and then (and at once when the page is hidden or left, so a tab
 * closed within `HEALTH_REPORT_MS` keeps its counts), and goes quiet for good when the extension is updated or
 * reloaded (its context is invalidated; the new copy takes over).
 */
export async function runOnSite(
  site: SiteId,
  ctx: ContentScriptContext,
  win: Window,
  start: StartSite,
): Promise<void> {
  let stop: (() => void) | undefined;
  let latest = NO_HEALTH;
  let reported = NO_HEALTH;
  let reportPending = false;

  const flushHealth = () => {
    reportPending = false;
    const delta = healthDelta(latest, reported);
    if (delta.read === 0 && delta.missed === 0 && delta.errors === 0) return;
    reported = latest;
    send('reportHealth', { site, ...delta }).catch(() => undefined);
  };
  const onHealth = (health: AdapterHealth) => {
    latest = health;
    if (reportPending) return;
    reportPending = true;
    ctx.setTimeout(flushHealth, HEALTH_REPORT_MS);
  };

  // `pagehide` is the last event a closing tab fires; a hidden tab may be discarded without one.
  ctx.addEventListener(win, 'pagehide', flushHealth);
  ctx.addEventListener(win.document, 'visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flushHealth();
  });

  const apply = (switches: SiteSwitches) => {
    const on = isSiteOn(switches, site);
    if (on && !stop) {
      latest = reported = NO_HEALTH;
      stop = start(onHealth);
    } else if (!on && stop) {
      stop();
      stop = undefined;
    }
  };

  apply(await readSiteSwitches());
  const unwatch = watchSiteSwitches(apply);
  ctx.onInvalidated(() => {
    stop?.();
    stop = undefined;
    try {
      unwatch();
    } catch {
      // The extension was reloaded or updated: its storage, and the listener with it, are already gone.
    }
  });
}
