import { useId } from 'preact/hooks';
import { t } from '@/components/i18n';
import { formatDay } from '@/plan/describe';
import type { Road } from '@/storage/journey';
import { entryTitle, roadLine } from './journey-labels';

/** The yes, with the road that led to it: every no and every application counted, none of them wasted. */
export function OfferRoad({ road, locale }: { road: Road; locale: string }) {
  const headingId = useId();
  return (
    <section class="cb-yes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('journeyOfferTitle', entryTitle(road.offer))}</h3>
      <p class="cb-muted">{t('journeyOfferDate', formatDay(road.offer.offerAt, locale))}</p>
      <p class="cb-yes-road">{roadLine(road, locale)}</p>
      <p>{t('journeyRoadWords')}</p>
    </section>
  );
}
