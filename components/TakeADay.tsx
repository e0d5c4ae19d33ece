import { useId, useState } from 'preact/hooks';
import { send } from '@/messaging/send';
import { formatMoment } from '@/plan/describe';
import type { PauseLength } from '@/storage/preferences';
import type { Rejection } from '@/storage/types';
import { type MessageKey, t } from './i18n';
import { usePreferences } from './use-preferences';

/** The lengths "Take a day" offers, shortest first, each with its label. */
export const PAUSE_LENGTHS: readonly { length: PauseLength; label: MessageKey }[] = [
  { length: 'hours', label: 'pauseLength_hours' },
  { length: 'day', label: 'pauseLength_day' },
  { length: 'twoDays', label: 'pauseLength_twoDays' },
];

interface Props {
  rejection: Rejection;
  /** The UI language, for the end time. */
  locale: string;
}

/**
 * "Take a day": a moment to be disappointed, with a time limit and one gentle nudge when it is up. While it
 * lasts, a kind line says until when, with a way to end it early. Once it is over, it steps aside.
 */
export function TakeADay(props: Props) {
  // Its own choice and status per rejection.
  return <PauseControl key={props.rejection.id} {...props} />;
}

function PauseControl({ rejection, locale }: Props) {
  const headingId = useId();
  const lengthId = useId();
  const settings = usePreferences();
  const [chosen, setChosen] = useState<PauseLength>();
  const [status, setStatus] = useState('');
  const { pause } = rejection;

  async function act(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setStatus(done);
    } catch {
      setStatus(t('errorGeneric'));
    }
  }

  if (settings.status === 'loading' || (pause && pause.until <= Date.now())) return null;
  const length = chosen ?? (settings.status === 'ready' ? settings.value.pauseDefault : 'day');
  return (
    <section class="cb-section cb-pause" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('pauseHeading')}</h2>
      {pause ? (
        <p class="cb-story-line">
          <span class="cb-kind">{t('pausedLine', formatMoment(pause.until, locale))}</span>
          <button
            type="button"
            class="cb-secondary"
            onClick={() => act(() => send('endPause', { id: rejection.id }), t('pauseEnded'))}
          >
            {t('pauseEndEarly')}
          </button>
        </p>
      ) : (
        <>
          <p class="cb-muted">{t('pauseIntro')}</p>
          <label for={lengthId}>{t('pauseLengthLabel')}</label>
          <div class="cb-row">
            <select
              id={lengthId}
              value={length}
              onChange={(event) => setChosen(event.currentTarget.value as PauseLength)}
            >
              {PAUSE_LENGTHS.map((each) => (
                <option key={each.length} value={each.length}>
                  {t(each.label)}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => act(() => send('takePause', { id: rejection.id, length }), '')}
            >
              {t('pauseStart')}
            </button>
          </div>
        </>
      )}
      <p class="cb-status" role="status">
        {status}
      </p>
    </section>
  );
}
