import { useId, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { countByPeriod, type JourneyEntry, type Period, type PeriodCount } from '@/storage/journey';
import { formatCount } from './numbers';

/** Periods on show: about a quarter by week, a year by month. */
export const PERIODS_SHOWN = 12;

const WIDTH = 480;
const HEIGHT = 150;
const TOP = 14;
const BASELINE = HEIGHT - 20;
const SLOT = WIDTH / PERIODS_SHOWN;
const BAR = 13;

function periodLabel(start: number, period: Period, locale: string, long: boolean): string {
  const options: Intl.DateTimeFormatOptions =
    period === 'month'
      ? { month: long ? 'long' : 'short', ...(long ? { year: 'numeric' } : {}) }
      : { day: 'numeric', month: 'short', ...(long ? { year: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(locale, options).format(start);
}

interface BarsProps {
  counts: PeriodCount[];
  period: Period;
  locale: string;
  label: string;
}

/** Two bars per period, rejections then applications; told apart by place, colour and the legend. */
function Bars({ counts, period, locale, label }: BarsProps) {
  const highest = Math.max(1, ...counts.map((count) => Math.max(count.rejections, count.applications)));
  const height = (value: number) => ((BASELINE - TOP) * value) / highest;
  return (
    <svg class="cb-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line class="cb-chart-grid" x1="0" x2={WIDTH} y1={TOP} y2={TOP} />
      <text class="cb-chart-scale" x="2" y={TOP - 3}>
        {formatCount(highest, locale)}
      </text>
      {counts.map((count, index) => {
        const x = index * SLOT + SLOT / 2;
        return (
          <g key={count.start}>
            <rect
              class="cb-bar-rejections"
              x={x - BAR - 1}
              y={BASELINE - height(count.rejections)}
              width={BAR}
              height={height(count.rejections)}
            />
            <rect
              class="cb-bar-applications"
              x={x + 1}
              y={BASELINE - height(count.applications)}
              width={BAR}
              height={height(count.applications)}
            />
            <text class="cb-chart-label" x={x} y={HEIGHT - 5} text-anchor="middle">
              {periodLabel(count.start, period, locale, false)}
            </text>
          </g>
        );
      })}
      <line class="cb-chart-axis" x1="0" x2={WIDTH} y1={BASELINE} y2={BASELINE} />
    </svg>
  );
}

interface Props {
  entries: readonly JourneyEntry[];
  locale: string;
  now?: number;
}

/** Rejections and applications per week or per month, as bars and, for every reader, as a table. */
export function JourneyChart({ entries, locale, now = Date.now() }: Props) {
  const headingId = useId();
  const [period, setPeriod] = useState<Period>('month');
  const counts = countByPeriod(entries, period, now, PERIODS_SHOWN);
  const label = t(
    period === 'week' ? 'journeyChartLabelWeek' : 'journeyChartLabelMonth',
    formatCount(PERIODS_SHOWN, locale),
  );
  return (
    <section class="cb-journey-chart" aria-labelledby={headingId}>
      <div class="cb-journey-chart-head">
        <h3 id={headingId}>{t('journeyChartHeading')}</h3>
        <fieldset class="cb-toggle">
          <legend class="cb-small">{t('journeyPeriodLabel')}</legend>
          {(['week', 'month'] as const).map((each) => (
            <button
              key={each}
              type="button"
              class="cb-secondary"
              aria-pressed={period === each}
              onClick={() => setPeriod(each)}
            >
              {t(each === 'week' ? 'journeyPerWeek' : 'journeyPerMonth')}
            </button>
          ))}
        </fieldset>
      </div>
      <Bars counts={counts} period={period} locale={locale} label={label} />
      <ul class="cb-legend" aria-hidden="true">
        <li>
          <span class="cb-swatch cb-bar-rejections" />
          {t('journeyColumnRejections')}
        </li>
        <li>
          <span class="cb-swatch cb-bar-applications" />
          {t('journeyColumnApplications')}
        </li>
      </ul>
      <details class="cb-chart-numbers">
        <summary>{t('journeyShowNumbers')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t(period === 'week' ? 'journeyColumnWeek' : 'journeyColumnMonth')}</th>
              <th scope="col">{t('journeyColumnRejections')}</th>
              <th scope="col">{t('journeyColumnApplications')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((count) => (
              <tr key={count.start}>
                <th scope="row">{periodLabel(count.start, period, locale, true)}</th>
                <td>{formatCount(count.rejections, locale)}</td>
                <td>{formatCount(count.applications, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
