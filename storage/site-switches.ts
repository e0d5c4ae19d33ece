import { browser } from 'wxt/browser';
import type { SiteId } from '@/sites/registry';

/** Sites the user switched off in the options page; every site is on until switched off. */
export type SiteSwitches = Partial<Record<SiteId, boolean>>;

/**
 * Where the switches live in `browser.storage.local`. Extension pages reach the same value through `siteSwitches`
 * (`settings.ts`); content scripts read it here, straight from the browser's storage, which keeps them small.
 */
export const SITE_SWITCHES_KEY = 'siteSwitches';

export function isSiteOn(switches: SiteSwitches, site: SiteId): boolean {
  return switches[site] !== false;
}

const orNone = (value: unknown): SiteSwitches =>
  typeof value === 'object' && value !== null ? (value as SiteSwitches) : {};

export async function readSiteSwitches(): Promise<SiteSwitches> {
  const stored = await browser.storage.local.get(SITE_SWITCHES_KEY);
  return orNone(stored[SITE_SWITCHES_KEY]);
}

/** Calls `onChange` with the switches each time they change (none at all once removed); returns the unwatch. */
export function watchSiteSwitches(onChange: (switches: SiteSwitches) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[SITE_SWITCHES_KEY];
    if (change) onChange(orNone(change.newValue));
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
