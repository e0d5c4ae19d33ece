import { t } from '@/components/i18n';
import type { ComebackDb } from '@/storage/db';
import { FirstWins } from './FirstWins';
import { NextSteps } from './NextSteps';
import { PauseDefaultChoice } from './PauseDefaultChoice';
import { PrivacyPromise } from './PrivacyPromise';

interface Props {
  /** Read live here; every write goes to the background. */
  db: ComebackDb;
  /** The UI language, for lists of names and counts. */
  locale: string;
}

/**
 * The first-run page: what Comeback reads and keeps (and that nothing leaves the device), the first wins, the
 * default time to feel it, and what to do next.
 */
export function OnboardingPage({ db, locale }: Props) {
  return (
    <main class="cb-onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p class="cb-onboarding-intro">{t('onboardingIntro')}</p>
      <PrivacyPromise locale={locale} />
      <FirstWins db={db} locale={locale} />
      <PauseDefaultChoice />
      <NextSteps />
    </main>
  );
}
