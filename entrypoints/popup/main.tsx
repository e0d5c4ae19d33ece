import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { PlanPopup } from '@/components/PlanPopup';
import { requestedPlanId } from '@/plan/plan-url';
import { ComebackDb } from '@/storage/db';
import '@/components/styles.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.title = t('extName');
const app = document.getElementById('app');
if (app) {
  render(
    <PlanPopup db={new ComebackDb()} locale={locale} initialId={requestedPlanId(location.search)} />,
    app,
  );
}
