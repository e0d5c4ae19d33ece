import { useState } from 'preact/hooks';
import { AppliedAgain } from '@/components/AppliedAgain';
import { type MessageKey, t } from '@/components/i18n';
import { LoadFailed } from '@/components/LoadFailed';
import { useLiveQuery } from '@/components/use-live-query';
import { send } from '@/messaging/send';
import type { ComebackDb } from '@/storage/db';
import { journeyEntries, roadsToOffers } from '@/storage/journey';
import type { ApplicationActions } from './ApplicationControls';
import { JourneyChart } from './JourneyChart';
import { JourneyTimeline } from './JourneyTimeline';
import { OfferRoad } from './OfferRoad';
import { optionsDb, pageLocale } from './page-context';

interface Props {
  /** Read live here; every write (an application, its offer) goes to the background. */
  db?: ComebackDb;
  locale?: string;
  /** "Now" for the chart's periods, so tests can fix it. */
  now?: number;
}

/**
 * Every no on the way to yes: the offers with the road to each, applications logged here, a chart, and the
 * timeline, where each application can be corrected, removed, or marked as the yes.
 */
export function JourneySection({ db = optionsDb(), locale = pageLocale(), now }: Props) {
  const records = useLiveQuery(() => Promise.all([db.rejections.toArray(), db.applications.toArray()]), [db]);
  const [status, setStatus] = useState('');

  /** Sends one write and says how it went. */
  async function write(sending: Promise<unknown>, done: MessageKey): Promise<boolean> {
    setStatus('');
    try {
      await sending;
      setStatus(t(done));
      return true;
    } catch {
      setStatus(t('errorGeneric'));
      return false;
    }
  }

  const actions: ApplicationActions = {
    setOffer: (id, at) =>
      write(
        send('setOffer', { id, offer: at !== undefined, at }),
        at === undefined ? 'journeyOfferUnmarked' : 'journeyOfferMarked',
      ),
    update: (id, changes) => write(send('updateApplication', { id, ...changes }), 'journeyEditSaved'),
    remove: (id) => write(send('deleteApplication', { id }), 'journeyDeleted'),
  };

  if (records.status === 'loading') return null;
  if (records.status === 'failed') {
    return <LoadFailed />;
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
      <AppliedAgain label="journeyLogApplication" />
      {entries.length === 0 ? (
        <p>{t('journeyEmpty')}</p>
      ) : (
        <>
          <JourneyChart entries={entries} locale={locale} now={now} />
          <JourneyTimeline entries={entries} locale={locale} actions={actions} />
        </>
      )}
    </div>
  );
}
