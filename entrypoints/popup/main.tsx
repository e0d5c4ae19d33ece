import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { PlanPopup } from '@/components/PlanPopup';
import { requestedPlanId } from '@/plan/plan-url';
import { ComebackDb } from '@/storage/db';
import { takePlanFocus } from '@/storage/plan-focus';
import '@/components/styles.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.title = t('extName');
const app = document.getElementById('app');
if (app) {
  // Taken even when the address names a plan, so a stale request never steers a later opening.
  const focused = await takePlanFocus().catch(() => undefined);
  const initialId = requestedPlanId(location.search) ?? focused;
  render(<PlanPopup db={new ComebackDb()} locale={locale} initialId={initialId} />, app);
}
