import { useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { LoadFailed } from '@/components/LoadFailed';
import { useStoredValue } from '@/components/use-stored-value';
import { send } from '@/messaging/send';
import { SITE_IDS, type SiteId } from '@/sites/registry';
import { siteHealth } from '@/storage/health';
import { siteSwitches } from '@/storage/settings';
import { isSiteOn } from '@/storage/site-switches';
import { SiteRow } from './SiteRow';

/** Every site Comeback can read, each with its switch and its health, both read live. */
export function SitesSection() {
  const switches = useStoredValue(siteSwitches);
  const health = useStoredValue(siteHealth);
  const [failed, setFailed] = useState(false);

  async function toggle(site: SiteId, on: boolean) {
    setFailed(false);
    try {
      await send('setSiteOn', { site, on });
    } catch {
      setFailed(true);
    }
  }

  if (switches.status === 'loading' || health.status === 'loading') return null;
  if (switches.status === 'failed' || health.status === 'failed') {
    return <LoadFailed />;
  }
  return (
    <>
      <p class="cb-muted">{t('optionsSitesIntro')}</p>
      <p class="cb-problem" role="alert">
        {failed && t('errorGeneric')}
      </p>
      <ul class="cb-sites">
        {SITE_IDS.map((site) => (
          <SiteRow
            key={site}
            site={site}
            on={isSiteOn(switches.value, site)}
            health={health.value[site]}
            onToggle={(on) => toggle(site, on)}
          />
        ))}
      </ul>
    </>
  );
}
