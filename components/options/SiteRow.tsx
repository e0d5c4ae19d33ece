import { useId } from 'preact/hooks';
import { t } from '@/components/i18n';
import type { SiteId } from '@/sites/registry';
import { healthStatus, type SiteHealth } from '@/storage/health';
import { pageLocale } from './page-context';
import { countsLine, healthLine, siteName } from './site-labels';

interface Props {
  site: SiteId;
  on: boolean;
  health: SiteHealth | undefined;
  onToggle(on: boolean): void;
}

/** One site: its switch, and how well Comeback has been reading it. */
export function SiteRow({ site, on, health, onToggle }: Props) {
  const switchId = useId();
  const healthId = useId();
  const status = healthStatus(health);
  return (
    <li class="cb-site">
      <div class="cb-site-switch">
        <button
          id={switchId}
          type="button"
          role="switch"
          class="cb-switch"
          aria-checked={on}
          aria-describedby={healthId}
          onClick={() => onToggle(!on)}
        />
        <label for={switchId}>{siteName(site)}</label>
      </div>
      <div id={healthId} class="cb-site-health">
        <p class={status === 'changed' ? 'cb-health-changed' : undefined}>{healthLine(site, health)}</p>
        {status === 'changed' && <p class="cb-muted">{t('optionsHealthHint')}</p>}
        {health && status !== 'unseen' && (
          <p class="cb-muted cb-small">{countsLine(site, health, pageLocale())}</p>
        )}
      </div>
    </li>
  );
}
