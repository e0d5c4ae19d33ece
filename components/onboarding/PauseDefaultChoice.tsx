import { useId, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { PAUSE_LENGTHS } from '@/components/TakeADay';
import { usePreferences } from '@/components/use-preferences';
import { send } from '@/messaging/send';
import type { PauseLength } from '@/storage/preferences';

interface Props {
  /** Its heading's level: 2 on the onboarding page, 3 inside an options section that has its own. */
  headingLevel?: 2 | 3;
}

/** The length "Take a day" offers first; saved as soon as it is picked, read back live. */
export function PauseDefaultChoice({ headingLevel = 2 }: Props) {
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
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
      <Heading id={headingId}>{t('onboardingPauseHeading')}</Heading>
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
