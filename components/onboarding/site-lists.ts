import { SITE_IDS, SITES, type SiteId } from '@/sites/registry';

/** The sites of one kind, in the registry's order: mail sites show messages, status sites show updates. */
export function sitesOfKind(kind: 'mail' | 'status'): SiteId[] {
  return SITE_IDS.filter((site) => SITES[site].kind === kind);
}

/** Where a site's pages start, from the first address Comeback reads there (its pattern without the `*`). */
export function siteHome(site: SiteId): string {
  const [first] = SITES[site].matches;
  return first.replace(/\*$/, '');
}

/** "Gmail, Outlook and LinkedIn", in the page's language. */
export function listNames(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}
