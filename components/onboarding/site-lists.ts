import { SITE_IDS, SITES, type SiteId } from '@/sites/registry';

/** The sites of one kind, in the registry's order: mail sites show messages, status sites show updates. */
export function sitesOfKind(kind: 'mail' | 'status'): SiteId[] {
  return SITE_IDS.filter((site) => SITES[site].kind === kind);
}

/** Where a site's pages start: the first pattern Comeback runs on there without its `*`, or the part it reads. */
export function siteHome(site: SiteId): string {
  const entry = SITES[site];
  const home = entry.matches[0].replace(/\*$/, '');
  return 'path' in entry ? new URL(entry.path, home).href : home;
}

/** "Gmail, Outlook and LinkedIn", in the page's language. */
export function listNames(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}
