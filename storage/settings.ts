import { storage } from 'wxt/utils/storage';
import type { SiteId } from '@/sites/registry';
import { SITE_SWITCHES_KEY, type SiteSwitches } from './site-switches';

/** The site switches for extension pages and the background; content scripts use `site-switches.ts` directly. */
export const siteSwitches = storage.defineItem<SiteSwitches>(`local:${SITE_SWITCHES_KEY}`, {
  fallback: {},
});

export async function setSiteOn(site: SiteId, on: boolean): Promise<void> {
  const switches = await siteSwitches.getValue();
  await siteSwitches.setValue({ ...switches, [site]: on });
}
