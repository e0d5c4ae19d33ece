import { useId, useRef, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { send } from '@/messaging/send';
import { quietHourChoices } from '@/plan/quiet-hours';
import { DEFAULT_PREFERENCES } from '@/storage/preferences';
import { MAX_FOLLOW_UP_DAYS, type PersonalSettings } from '@/storage/preferences-personal';
import { pageLocale } from './page-context';

type Problem = 'days' | 'failed';

/** What the form shows when a setting is off, so switching it back on starts from the usual value. */
const USUAL_QUIET_HOURS = DEFAULT_PREFERENCES.quietHours ?? { from: 22 * 60, to: 8 * 60 };
const USUAL_FOLLOW_UP_DAYS = DEFAULT_PREFERENCES.followUpDays;

interface Props {
  settings: PersonalSettings;
  /** The UI language, for the times of day. */
  locale?: string;
}

/**
 * The user's own settings: the name that signs their messages, quiet hours for the nudges, and the wait before the
 * single follow-up reminder. Either can be switched off; the background keeps them.
 */
export function YouSettings({ settings, locale = pageLocale() }: Props) {
  const headingId = useId();
  // Kept here, so the message outlives the form starting over from what was just saved.
  const [status, setStatus] = useState('');
  const { userName, quietHours, followUpDays } = settings;
  return (
    <section class="cb-you" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('youHeading')}</h3>
      <YouForm
        // Starts over from the stored settings whenever they change, here or in another tab.
        key={JSON.stringify([userName, quietHours, followUpDays])}
        settings={settings}
        locale={locale}
        onStatus={setStatus}
      />
      <p class="cb-status" role="status">
        {status}
      </p>
    </section>
  );
}

interface TimeProps {
  label: string;
  value: number;
  choices: readonly number[];
  disabled: boolean;
  locale: string;
  onChange(minute: number): void;
}

/**
 * A time of day, from a list: one stop for Tab and a name for every choice, where a native time field would take
 * the keyboard through its hours and minutes one by one.
 */
function TimeOfDay({ label, value, choices, disabled, locale, onChange }: TimeProps) {
  const id = useId();
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  return (
    <div class="cb-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        disabled={disabled}
        value={String(value)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {choices.map((minute) => (
          <option key={minute} value={String(minute)}>
            {clock.format(new Date(2000, 0, 1, Math.floor(minute / 60), minute % 60))}
          </option>
        ))}
      </select>
    </div>
  );
}

interface FormProps {
  settings: PersonalSettings;
  locale: string;
  onStatus(status: string): void;
}

function YouForm({ settings, locale, onStatus }: FormProps) {
  const nameId = useId();
  const nameHintId = useId();
  const daysId = useId();
  const problemId = useId();
  const daysField = useRef<HTMLInputElement>(null);
  const quiet = settings.quietHours ?? USUAL_QUIET_HOURS;
  const [choices] = useState(() => quietHourChoices([quiet.from, quiet.to]));
  const [userName, setUserName] = useState(settings.userName);
  const [quietOn, setQuietOn] = useState(settings.quietHours !== null);
  const [from, setFrom] = useState(quiet.from);
  const [to, setTo] = useState(quiet.to);
  const [followUpOn, setFollowUpOn] = useState(settings.followUpDays > 0);
  const [days, setDays] = useState(String(settings.followUpDays || USUAL_FOLLOW_UP_DAYS));
  const [problem, setProblem] = useState<Problem>();

  async function save(event: Event) {
    event.preventDefault();
    onStatus('');
    const followUpDays = Number(days);
    const daysValid =
      Number.isInteger(followUpDays) && followUpDays >= 1 && followUpDays <= MAX_FOLLOW_UP_DAYS;
    if (followUpOn && !daysValid) {
      setProblem('days');
      daysField.current?.focus();
      return;
    }
    setProblem(undefined);
    try {
      await send('setPersonalSettings', {
        userName,
        quietHours: quietOn ? { from, to } : null,
        followUpDays: followUpOn ? followUpDays : 0,
      });
      onStatus(t('youSaved'));
    } catch {
      setProblem('failed');
    }
  }

  return (
    <form noValidate onSubmit={save}>
      <div class="cb-field">
        <label for={nameId}>{t('youName')}</label>
        <input
          id={nameId}
          type="text"
          autoComplete="name"
          aria-describedby={nameHintId}
          value={userName}
          onInput={(event) => setUserName(event.currentTarget.value)}
        />
        <p id={nameHintId} class="cb-muted cb-small">
          {t('youNameHint')}
        </p>
      </div>
      <fieldset class="cb-you-group">
        <legend>{t('quietHoursLegend')}</legend>
        <label class="cb-check">
          <input
            type="checkbox"
            checked={quietOn}
            onChange={(event) => setQuietOn(event.currentTarget.checked)}
          />
          <span>{t('quietHoursOn')}</span>
        </label>
        <div class="cb-row">
          <TimeOfDay
            label={t('quietHoursFrom')}
            value={from}
            choices={choices}
            disabled={!quietOn}
            locale={locale}
            onChange={setFrom}
          />
          <TimeOfDay
            label={t('quietHoursUntil')}
            value={to}
            choices={choices}
            disabled={!quietOn}
            locale={locale}
            onChange={setTo}
          />
        </div>
      </fieldset>
      <fieldset class="cb-you-group">
        <legend>{t('followUpLegend')}</legend>
        <label class="cb-check">
          <input
            type="checkbox"
            checked={followUpOn}
            onChange={(event) => setFollowUpOn(event.currentTarget.checked)}
          />
          <span>{t('followUpOn')}</span>
        </label>
        <div class="cb-field">
          <label for={daysId}>{t('followUpDays')}</label>
          <input
            ref={daysField}
            id={daysId}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_FOLLOW_UP_DAYS}
            step={1}
            disabled={!followUpOn}
            aria-invalid={problem === 'days'}
            aria-describedby={problem === 'days' ? problemId : undefined}
            value={days}
            onInput={(event) => setDays(event.currentTarget.value)}
          />
        </div>
      </fieldset>
      {problem && (
        <p id={problemId} class="cb-problem" role="alert">
          {problem === 'days' ? t('followUpDaysInvalid', String(MAX_FOLLOW_UP_DAYS)) : t('errorGeneric')}
        </p>
      )}
      <div class="cb-actions">
        <button type="submit">{t('youSave')}</button>
      </div>
    </form>
  );
}
