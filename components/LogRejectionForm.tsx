import { useEffect, useId, useState } from 'preact/hooks';
import type { ManualRejection } from '@/messaging/protocol';
import { send } from '@/messaging/send';
import { CompanyRoleFields } from './CompanyRoleFields';
import { failureMessage } from './failure-message';
import { t } from './i18n';
import { useCompanySave } from './use-company-save';

interface Props {
  onSaved(id: number): void;
  /** Offered when the form was opened on request; the empty state keeps it open. */
  onCancel?: () => void;
  /** Moves focus to the first field, for a form that just opened on request. */
  autoFocus?: boolean;
  /** Values to start from, e.g. what was read from text the user selected. */
  initial?: Partial<Omit<ManualRejection, 'source'>>;
  /** Replaces the usual introduction, e.g. with what was detected. */
  intro?: string;
  /** Where the rejection comes from; typed in by hand unless said otherwise. */
  source?: ManualRejection['source'];
}

/** Logging a rejection that came by phone, was missed in the inbox, or was selected on a page. */
export function LogRejectionForm({ onSaved, onCancel, autoFocus = false, initial, intro, source }: Props) {
  const headingId = useId();
  const noteId = useId();
  const recruiterId = useId();
  const problemId = useId();
  const {
    companyField,
    problem,
    save: saveWith,
  } = useCompanySave((error) => ({ failed: failureMessage(error) }));
  const [company, setCompany] = useState(initial?.company ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const [recruiter, setRecruiter] = useState(initial?.recruiter ?? '');
  // Selected text is often signed, and the feedback request greets whoever signed it; typed in by hand, the
  // form asks only for what a phone call leaves.
  const asksRecruiter = source === 'selection';

  useEffect(() => {
    if (autoFocus) companyField.current?.focus();
  }, [autoFocus]);

  function save(event: Event) {
    event.preventDefault();
    return saveWith(company, async () => {
      const { id } = await send('logManualRejection', {
        company,
        role,
        note,
        source,
        ...(asksRecruiter ? { recruiter } : {}),
        url: initial?.url,
      });
      onSaved(id);
    });
  }

  const missingCompany = problem === 'missingCompany';
  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('logHeading')}</h2>
      <p class="cb-muted">{intro ?? t('logIntro')}</p>
      <form noValidate onSubmit={save}>
        <CompanyRoleFields
          company={company}
          role={role}
          onCompany={setCompany}
          onRole={setRole}
          companyRef={companyField}
          missingCompanyProblemId={missingCompany ? problemId : undefined}
        />
        {asksRecruiter && (
          <div class="cb-field">
            <label for={recruiterId}>{t('logRecruiter')}</label>
            <input
              id={recruiterId}
              type="text"
              autoComplete="off"
              value={recruiter}
              onInput={(event) => setRecruiter(event.currentTarget.value)}
            />
          </div>
        )}
        <div class="cb-field">
          <label for={noteId}>{t('logNote')}</label>
          <textarea
            id={noteId}
            rows={3}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </div>
        <p id={problemId} class="cb-problem" role="alert">
          {missingCompany ? t('logCompanyRequired') : problem?.failed}
        </p>
        <div class="cb-actions">
          <button type="submit">{t('logSave')}</button>
          {onCancel && (
            <button type="button" class="cb-secondary" onClick={onCancel}>
              {t('logCancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
