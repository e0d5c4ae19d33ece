import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { siteName } from '@/components/options/site-labels';
import { siteHome, sitesOfKind } from './site-lists';

/** What to do now: open the mail as usual; Comeback takes it from there. */
export function NextSteps() {
  const headingId = useId();
  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('onboardingNextHeading')}</h2>
      <p>{t('onboardingNextBody')}</p>
      <div class="cb-actions">
        {sitesOfKind('mail').map((site, index) => (
          <a key={site} class={index === 0 ? 'cb-button' : 'cb-button cb-secondary'} href={siteHome(site)}>
            {t('onboardingOpenSite', siteName(site))}
          </a>
        ))}
      </div>
      <p class="cb-onboarding-settings">
        <a href={browser.runtime.getURL('/options.html')}>{t('onboardingSettingsLink')}</a>
      </p>
    </section>
  );
}
