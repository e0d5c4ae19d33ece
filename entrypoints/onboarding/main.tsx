import { render } from 'preact';
import { t } from '@/components/i18n';
import { OnboardingPage } from '@/components/onboarding/OnboardingPage';
import { pageLanguage } from '@/components/page-language';
import { ComebackDb } from '@/storage/db';
import '@/components/styles.css';
import '@/components/onboarding/onboarding.css';

const locale = pageLanguage();
document.documentElement.lang = locale;
document.title = t('onboardingTitle');
const app = document.getElementById('app');
if (app) render(<OnboardingPage db={new ComebackDb()} locale={locale} />, app);
