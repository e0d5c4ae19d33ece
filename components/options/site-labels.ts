import { t } from '@/components/i18n';
import { SITES, type SiteId } from '@/sites/registry';
import { healthStatus, type SiteHealth } from '@/storage/health';
import { formatCount } from './numbers';

/** The site's name as users know it, from `_locales` (`site_<id>`); its id until a name is added there. */
export function siteName(site: SiteId): string {
  return t(`site_${site}` as Parameters<typeof t>[0]) || site;
}

const HEALTH_KEYS = {
  unseen: 'optionsHealthUnseen',
  working: 'optionsHealthWorking',
  changed: 'optionsHealthChanged',
} as const;

/** "Gmail: working", "Gmail: the page changed, detection may miss" or "Gmail: not seen yet". */
export function healthLine(site: SiteId, health: SiteHealth | undefined): string {
  return t(HEALTH_KEYS[healthStatus(health)], siteName(site));
}

/** What the site's adapter has read and missed so far; mail sites read messages, status sites read updates. */
export function countsLine(site: SiteId, health: SiteHealth, locale: string): string {
  const key = SITES[site].kind === 'mail' ? 'optionsCountsMessages' : 'optionsCountsUpdates';
  return t(key, [formatCount(health.read, locale), formatCount(health.missed + health.errors, locale)]);
}
