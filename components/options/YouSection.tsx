import { LoadFailed } from '@/components/LoadFailed';
import { PauseDefaultChoice } from '@/components/onboarding/PauseDefaultChoice';
import { usePreferences } from '@/components/use-preferences';
import { YouSettings } from './YouSettings';

/**
 * The user's own settings in one place: their name, quiet hours, the follow-up reminder, and how long "Take a
 * day" sets the plan aside unless they choose otherwise.
 */
export function YouSection() {
  const settings = usePreferences();
  if (settings.status === 'loading') return null;
  if (settings.status === 'failed') {
    return <LoadFailed />;
  }
  const { userName, quietHours, followUpDays } = settings.value;
  return (
    <>
      <YouSettings settings={{ userName, quietHours, followUpDays }} />
      <PauseDefaultChoice headingLevel={3} />
    </>
  );
}
