import { storage } from 'wxt/utils/storage';
import type { SiteId } from '@/sites/registry';

/** Sites the user switched off in the options page; every site is on until switched off. */
export const siteSwitches = storage.defineItem<Partial<Record<SiteId, boolean>>>('local:siteSwitches', {
  fallback: {},
});

export function isSiteOn(switches: Partial<Record<SiteId, boolean>>, site: SiteId): boolean {
  return switches[site] !== false;
}

export async function setSiteOn(site: SiteId, on: boolean): Promise<void> {
  const switches = await siteSwitches.getValue();
  await siteSwitches.setValue({ ...switches, [site]: on });
}
