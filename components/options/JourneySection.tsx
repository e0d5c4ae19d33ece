import { useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { useLiveQuery } from '@/components/use-live-query';
import { send } from '@/messaging/send';
import type { ComebackDb } from '@/storage/db';
import { journeyEntries, roadsToOffers } from '@/storage/journey';
import { JourneyChart } from './JourneyChart';
import { JourneyTimeline } from './JourneyTimeline';
import { OfferRoad } from './OfferRoad';
import { optionsDb, pageLocale } from './page-context';

interface Props {
  /** Read live here; the one write (marking an offer) goes to the background. */
  db?: ComebackDb;
  locale?: string;
  /** "Now" for the chart's periods, so tests can fix it. */
  now?: number;
}

/** Every no on the way to yes: the offers with the road to each, a chart, and the timeline. */
export function JourneySection({ db = optionsDb(), locale = pageLocale(), now }: Props) {
  const records = useLiveQuery(() => Promise.all([db.rejections.toArray(), db.applications.toArray()]), [db]);
  const [status, setStatus] = useState('');

  async function markOffer(id: number, offer: boolean) {
    try {
      await send('setOffer', { id, offer });
      setStatus(t(offer ? 'journeyOfferMarked' : 'journeyOfferUnmarked'));
    } catch {
      setStatus(t('errorGeneric'));
    }
  }

  if (records.status === 'loading') return null;
  if (records.status === 'failed') {
    return (
      <p class="cb-problem" role="alert">
        {t('errorGeneric')}
      </p>
    );
  }
  const [rejections, applications] = records.value;
  const entries = journeyEntries(rejections, applications);
  return (
    <div class="cb-journey">
      <p class="cb-muted">{t('journeyIntro')}</p>
      <p class="cb-status" role="status">
        {status}
      </p>
      {roadsToOffers(rejections, applications).map((road) => (
        <OfferRoad key={road.offer.id} road={road} locale={locale} />
      ))}
      {entries.length === 0 ? (
        <p>{t('journeyEmpty')}</p>
      ) : (
        <>
          <JourneyChart entries={entries} locale={locale} now={now} />
          <JourneyTimeline entries={entries} locale={locale} onOffer={markOffer} />
        </>
      )}
    </div>
  );
}
