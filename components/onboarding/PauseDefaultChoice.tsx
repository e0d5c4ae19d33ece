import { useId, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { PAUSE_LENGTHS } from '@/components/TakeADay';
import { usePreferences } from '@/components/use-preferences';
import { send } from '@/messaging/send';
import type { PauseLength } from '@/storage/preferences';

/** The length "Take a day" offers first; saved as soon as it is picked, read back live. */
export function PauseDefaultChoice() {
  const headingId = useId();
  const settings = usePreferences();
  const [status, setStatus] = useState('');

  async function choose(length: PauseLength) {
    try {
      await send('setPauseDefault', { length });
      setStatus(t('onboardingPauseSaved'));
    } catch {
      setStatus(t('errorGeneric'));
    }
  }

  if (settings.status === 'loading') return null;
  const current = settings.status === 'ready' ? settings.value.pauseDefault : undefined;
  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('onboardingPauseHeading')}</h2>
      <p class="cb-muted">{t('onboardingPauseIntro')}</p>
      <fieldset class="cb-rating">
        <legend>{t('onboardingPauseLegend')}</legend>
        {PAUSE_LENGTHS.map(({ length, label }) => (
          <label key={length}>
            <input
              type="radio"
              name="pause-default"
              value={length}
              checked={current === length}
              onChange={() => choose(length)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <p class="cb-status" role="status">
        {status}
      </p>
    </section>
  );
}
