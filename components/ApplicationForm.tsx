import { useEffect, useId, useState } from 'preact/hooks';
import { appliedAtFrom, dateFieldValue } from '@/plan/applied-date';
import type { ApplicationChanges } from '@/storage/applications';
import { CompanyRoleFields } from './CompanyRoleFields';
import { t } from './i18n';
import { useCompanySave } from './use-company-save';

interface Props {
  id?: string;
  heading: string;
  /** The heading's level where the form sits: h3 in a plan, h5 inside the journey's timeline. */
  headingLevel?: 'h3' | 'h5';
  /** The application being corrected; a new one starts empty, dated today. */
  initial?: ApplicationChanges;
  submitLabel: string;
  /** Sends the application on; a rejection shows the generic problem and keeps what was typed. */
  onSubmit(application: ApplicationChanges): Promise<void>;
  onCancel?(): void;
}

/** An application's company, role and the day it was sent: "I applied again" in a plan, or the journey's own. */
export function ApplicationForm({
  id,
  heading,
  headingLevel: Heading = 'h3',
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const headingId = useId();
  const dateId = useId();
  const problemId = useId();
  const { companyField, problem, save: saveWith } = useCompanySave(() => 'failed' as const);
  const [today] = useState(() => dateFieldValue(Date.now()));
  const initialDate = initial && dateFieldValue(initial.appliedAt);
  const [company, setCompany] = useState(initial?.company ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [date, setDate] = useState(initialDate ?? today);

  useEffect(() => companyField.current?.focus(), []);

  function save(event: Event) {
    event.preventDefault();
    return saveWith(company, () => {
      const now = Date.now();
      // A date left as it was keeps its moment, so a corrected name does not move the application in time.
      const appliedAt =
        initial && date === initialDate ? initial.appliedAt : (appliedAtFrom(date, now) ?? now);
      return onSubmit({ company, role, appliedAt });
    });
  }

  const missingCompany = problem === 'missingCompany';
  return (
    <form id={id} class="cb-inline-form" noValidate aria-labelledby={headingId} onSubmit={save}>
      <Heading id={headingId}>{heading}</Heading>
      <CompanyRoleFields
        company={company}
        role={role}
        onCompany={setCompany}
        onRole={setRole}
        companyRef={companyField}
        missingCompanyProblemId={missingCompany ? problemId : undefined}
      />
      <div class="cb-field">
        <label for={dateId}>{t('appliedDate')}</label>
        <input
          id={dateId}
          type="date"
          max={today}
          value={date}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
      </div>
      <p id={problemId} class="cb-problem" role="alert">
        {problem && t(missingCompany ? 'logCompanyRequired' : 'errorGeneric')}
      </p>
      <div class="cb-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" class="cb-secondary" onClick={onCancel}>
            {t('logCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
