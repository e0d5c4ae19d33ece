import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { OnboardingPage } from '@/components/onboarding/OnboardingPage';
import { ComebackDb } from '@/storage/db';
import '@/components/styles.css';
import '@/components/onboarding/onboarding.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.title = t('onboardingTitle');
const app = document.getElementById('app');
if (app) render(<OnboardingPage db={new ComebackDb()} locale={locale} />, app);
