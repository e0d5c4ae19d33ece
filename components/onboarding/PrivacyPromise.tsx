import { useId } from 'preact/hooks';
import { t } from '@/components/i18n';
import { siteName } from '@/components/options/site-labels';
import { listNames, sitesOfKind } from './site-lists';

/** What Comeback reads and keeps, in plain words, and the promise that none of it leaves the device. */
export function PrivacyPromise({ locale }: { locale: string }) {
  const readsId = useId();
  const keepsId = useId();
  const names = (kind: 'mail' | 'status') => listNames(sitesOfKind(kind).map(siteName), locale);
  return (
    <>
      <section class="cb-section" aria-labelledby={readsId}>
        <h2 id={readsId}>{t('onboardingReadsHeading')}</h2>
        <ul class="cb-onboarding-list">
          <li>{t('onboardingReadsMail', names('mail'))}</li>
          <li>{t('onboardingReadsStatus', names('status'))}</li>
          <li>{t('onboardingReadsSelection')}</li>
        </ul>
        <p class="cb-muted">{t('onboardingReadsSwitch')}</p>
      </section>
      <section class="cb-section" aria-labelledby={keepsId}>
        <h2 id={keepsId}>{t('onboardingKeepsHeading')}</h2>
        <ul class="cb-onboarding-list">
          <li>{t('onboardingKeepsRejection')}</li>
          <li>{t('onboardingKeepsYours')}</li>
          <li>{t('onboardingKeepsNotRejection')}</li>
        </ul>
        <p class="cb-promise">{t('onboardingStaysHere')}</p>
      </section>
    </>
  );
}
