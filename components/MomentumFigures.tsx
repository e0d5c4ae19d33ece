import { momentumFigures } from '@/plan/momentum';
import { listApplications } from '@/storage/applications';
import type { ComebackDb } from '@/storage/db';
import { rejectionTimes } from '@/storage/rejections';
import { t } from './i18n';
import { LoadFailed } from './LoadFailed';
import { useLiveQuery } from './use-live-query';

interface Props {
  db: ComebackDb;
  /** The UI language, for numbers and "3 days ago". */
  locale: string;
  /** The user's time zone, where months and days are counted; the browser's own unless a test sets one. */
  timeZone?: string;
}

function lastApplicationText(days: number | undefined, locale: string): string {
  if (days === undefined) return t('momentumNotYet');
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
}

function bounceBackText(days: number | undefined, locale: string): string {
  if (days === undefined) return t('momentumNotYet');
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(days);
}

/** Rejections this month, the last application and the typical bounce-back, kept up to date as they change. */
export function MomentumFigures({
  db,
  locale,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
}: Props) {
  const data = useLiveQuery(
    async () => ({ rejections: await rejectionTimes(db), applications: await listApplications(db) }),
    [db],
  );
  if (data.status === 'loading') return null;
  if (data.status === 'failed') {
    return <LoadFailed />;
  }
  const figures = momentumFigures(data.value.rejections, data.value.applications, Date.now(), timeZone);
  return (
    <dl class="cb-figures">
      <div class="cb-figure">
        <dt>{t('momentumRejectionsThisMonth')}</dt>
        <dd>{new Intl.NumberFormat(locale).format(figures.rejectionsThisMonth)}</dd>
      </div>
      <div class="cb-figure">
        <dt>{t('momentumLastApplication')}</dt>
        <dd>{lastApplicationText(figures.daysSinceLastApplication, locale)}</dd>
      </div>
      <div class="cb-figure">
        <dt>{t('momentumBounceBack')}</dt>
        <dd>{bounceBackText(figures.typicalBounceBack, locale)}</dd>
        <dd class="cb-muted cb-small">{t('momentumBounceBackHint')}</dd>
      </div>
    </dl>
  );
}
