import { render } from 'preact';
import { t } from '@/components/i18n';
import { PlanPopup } from '@/components/PlanPopup';
import { pageLanguage } from '@/components/page-language';
import { readPlanPopupStart } from '@/components/plan-popup-start';
import { requestedPlanId } from '@/plan/plan-url';
import { ComebackDb } from '@/storage/db';
import { takePlanFocus } from '@/storage/plan-focus';
import '@/components/styles.css';

const locale = pageLanguage();
document.documentElement.lang = locale;
document.title = t('extName');
const app = document.getElementById('app');
if (app) {
  const db = new ComebackDb();
  const requested = requestedPlanId(location.search);
  // Taken even when the address names a plan, so a stale request never steers a later opening.
  const focused = takePlanFocus().catch(() => undefined);
  const initialId = requested === undefined ? focused : Promise.resolve(requested);
  const start = await readPlanPopupStart(db, initialId);
  render(<PlanPopup db={db} locale={locale} initialId={await initialId} start={start} />, app);
}
