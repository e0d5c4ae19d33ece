import { storage } from 'wxt/utils/storage';
import type { AdapterHealth } from '@/sites/health';
import type { SiteId } from '@/sites/registry';

/** Per site, what its adapter has read and missed, so the options page can say when a site changed. */
export interface SiteHealth extends AdapterHealth {
  lastReadAt?: number;
  lastMissAt?: number;
}

export type HealthStatus = 'unseen' | 'working' | 'changed';

export const siteHealth = storage.defineItem<Partial<Record<SiteId, SiteHealth>>>('local:siteHealth', {
  fallback: {},
});

/** Adds an adapter's new counts to the site's totals. */
export function addHealth(total: SiteHealth | undefined, delta: AdapterHealth, now: number): SiteHealth {
  const base = total ?? { read: 0, missed: 0, errors: 0 };
  return {
    read: base.read + delta.read,
    missed: base.missed + delta.missed,
    errors: base.errors + delta.errors,
    // Only a clean report is a good read. An adapter reports reads and misses of the same moments together (a
    // message read with its date missed, say), and an error leaves the messages read with it unjudged: counting
    // either as a good read would hide the trouble behind it.
    lastReadAt: delta.read > 0 && delta.missed === 0 && delta.errors === 0 ? now : base.lastReadAt,
    lastMissAt: delta.missed > 0 || delta.errors > 0 ? now : base.lastMissAt,
  };
}

/**
 * "The page changed" when the latest trouble is more recent than the latest good read; a single old miss in a
 * long healthy run is not worth a warning.
 */
export function healthStatus(health: SiteHealth | undefined): HealthStatus {
  if (!health || (health.read === 0 && health.missed === 0 && health.errors === 0)) return 'unseen';
  if (
    health.lastMissAt !== undefined &&
    (health.lastReadAt === undefined || health.lastMissAt > health.lastReadAt)
  ) {
    return 'changed';
  }
  return 'working';
}

/** The write in progress: reports that arrive together are added one after the other. */
let recording: Promise<unknown> = Promise.resolve();

/**
 * Adds a report to the stored totals. Several tabs report at the same moment (one page's reports are 5 s apart,
 * but a session restored, or one thread open in several tabs, starts them together); each read-and-write waits for
 * the one before, so no report overwrites another.
 */
export function recordHealth(site: SiteId, delta: AdapterHealth, now = Date.now()): Promise<void> {
  const record = recording.then(async () => {
    const all = await siteHealth.getValue();
    await siteHealth.setValue({ ...all, [site]: addHealth(all[site], delta, now) });
  });
  recording = record.catch(() => undefined);
  return record;
}
