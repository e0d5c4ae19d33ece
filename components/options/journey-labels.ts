import { t } from '@/components/i18n';
import { formatDay, rejectionTitle } from '@/plan/describe';
import { SITES } from '@/sites/registry';
import type { JourneyEntry, Road } from '@/storage/journey';
import { spanOf } from '@/storage/journey';
import type { Source } from '@/storage/types';
import { counted } from './numbers';
import { siteName } from './site-labels';

/** Where a rejection was seen, as the user knows it: a site's name, or how it was logged. */
export function sourceLabel(source: Source): string {
  return source in SITES ? siteName(source as keyof typeof SITES) : t(`source_${source as 'manual'}`);
}

/** "12 Mar 2025 · Gmail", or "· Logged by you" for an application. */
export function entryDetails(entry: JourneyEntry, locale: string): string {
  const source = entry.kind === 'rejection' ? sourceLabel(entry.source) : t('journeySourceApplication');
  return `${formatDay(entry.at, locale)} · ${source}`;
}

export function entryTitle(entry: Pick<JourneyEntry, 'company' | 'role'>): string {
  return rejectionTitle(entry, t);
}

/** "The road that led here: 14 no's, 22 applications, 5 months." */
export function roadLine(road: Road, locale: string): string {
  const { value, unit } = spanOf(road.since, road.offer.offerAt);
  const span = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  return t('journeyRoad', [
    counted('journeyRoadNos', road.rejections, locale),
    counted('journeyRoadApplications', road.applications, locale),
    span,
  ]);
}
