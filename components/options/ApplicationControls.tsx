import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApplicationForm } from '@/components/ApplicationForm';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { t } from '@/components/i18n';
import { appliedAtFrom, dateFieldValue } from '@/plan/applied-date';
import type { ApplicationChanges } from '@/storage/applications';
import type { JourneyEntry } from '@/storage/journey';
import { entryTitle } from './journey-labels';

/**
 * The journey's writes on one application. Each resolves to whether the background took it; the journey says how
 * it went in its status line, so a form that failed simply stays open with what was typed.
 */
export interface ApplicationActions {
  /** An offer on the day `at`, or, with `undefined`, the offer taken back. */
  setOffer(id: number, at: number | undefined): Promise<boolean>;
  update(id: number, changes: ApplicationChanges): Promise<boolean>;
  remove(id: number): Promise<boolean>;
}

type Mode = 'view' | 'offer' | 'edit' | 'delete';

interface Props {
  entry: Extract<JourneyEntry, { kind: 'application' }>;
  /** The entry's title, which each button is about. */
  titleId: string;
  actions: ApplicationActions;
}

/** An application's buttons in the timeline: the offer (with its day), a correction, or its removal. */
export function ApplicationControls({ entry, titleId, actions }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const opener = useRef<HTMLButtonElement>(null);
  const offered = entry.offerAt !== undefined;

  const returning = useRef(false);

  function back() {
    returning.current = true;
    setMode('view');
  }

  // The form is gone: focus returns to the buttons as soon as they are back. Not on an animation frame, which a
  // page out of sight delays until after focus has moved on (to a dialog opened meanwhile).
  useLayoutEffect(() => {
    if (mode !== 'view' || !returning.current) return;
    returning.current = false;
    opener.current?.focus();
  }, [mode]);

  if (mode === 'edit') {
    return (
      <ApplicationForm
        heading={t('journeyEditHeading', entryTitle(entry))}
        headingLevel="h5"
        initial={{ company: entry.company, role: entry.role, appliedAt: entry.at }}
        submitLabel={t('journeyEditSave')}
        onSubmit={async (changes) => {
          if (await actions.update(entry.id, changes)) back();
        }}
        onCancel={back}
      />
    );
  }
  if (mode === 'offer') {
    return (
      <OfferDateForm
        titleId={titleId}
        onSubmit={async (at) => {
          if (await actions.setOffer(entry.id, at)) back();
        }}
        onCancel={back}
      />
    );
  }
  return (
    <div class="cb-actions">
      <button
        ref={opener}
        type="button"
        class="cb-secondary cb-small"
        aria-describedby={titleId}
        onClick={() => (offered ? actions.setOffer(entry.id, undefined) : setMode('offer'))}
      >
        {t(offered ? 'journeyUnmarkOffer' : 'journeyMarkOffer')}
      </button>
      <button
        type="button"
        class="cb-secondary cb-small"
        aria-describedby={titleId}
        onClick={() => setMode('edit')}
      >
        {t('journeyEdit')}
      </button>
      <button
        type="button"
        class="cb-secondary cb-small"
        aria-describedby={titleId}
        aria-haspopup="dialog"
        onClick={() => setMode('delete')}
      >
        {t('journeyDelete')}
      </button>
      {mode === 'delete' && (
        <ConfirmDialog
          title={t('journeyDeleteTitle', entryTitle(entry))}
          body={t('journeyDeleteBody')}
          confirmLabel={t('journeyDeleteConfirm')}
          cancelLabel={t('journeyDeleteCancel')}
          onConfirm={async () => {
            if (!(await actions.remove(entry.id))) setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      )}
    </div>
  );
}

interface OfferProps {
  titleId: string;
  onSubmit(at: number): Promise<unknown>;
  onCancel(): void;
}

/** "I got an offer": on which day, today unless the user says otherwise. */
function OfferDateForm({ titleId, onSubmit, onCancel }: OfferProps) {
  const dateId = useId();
  const dateField = useRef<HTMLInputElement>(null);
  const [today] = useState(() => dateFieldValue(Date.now()));
  const [date, setDate] = useState(today);

  // The form opens on the one thing it asks.
  useEffect(() => dateField.current?.focus(), []);

  function save(event: Event) {
    event.preventDefault();
    const now = Date.now();
    void onSubmit(appliedAtFrom(date, now) ?? now);
  }

  return (
    <form class="cb-inline-form" noValidate aria-describedby={titleId} onSubmit={save}>
      <div class="cb-field">
        <label for={dateId}>{t('journeyOfferDay')}</label>
        <input
          id={dateId}
          type="date"
          max={today}
          ref={dateField}
          value={date}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
      </div>
      <div class="cb-actions">
        <button type="submit">{t('journeyOfferSave')}</button>
        <button type="button" class="cb-secondary" onClick={onCancel}>
          {t('logCancel')}
        </button>
      </div>
    </form>
  );
}
