import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { send } from '@/messaging/send';
import { appliedAtFrom, dateFieldValue } from '@/plan/applied-date';
import { CompanyRoleFields } from './CompanyRoleFields';
import { t } from './i18n';

type Problem = 'missingCompany' | 'failed';

/** "I applied again": logs the next application, linked to the rejection it bounced back from. */
export function AppliedAgain({ rejectionId }: { rejectionId: number }) {
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);

  function close(message: string) {
    setOpen(false);
    setStatus(message);
    toggle.current?.focus();
  }

  return (
    <div class="cb-applied">
      <button
        ref={toggle}
        type="button"
        class="cb-secondary"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          setOpen((now) => !now);
          setStatus('');
        }}
      >
        {t('appliedAgain')}
      </button>
      {open && (
        <ApplicationForm
          id={formId}
          rejectionId={rejectionId}
          onSaved={() => close(t('appliedSaved'))}
          onCancel={() => close('')}
        />
      )}
      <p class="cb-status" role="status">
        {status}
      </p>
    </div>
  );
}

interface FormProps {
  id: string;
  rejectionId: number;
  onSaved(): void;
  onCancel(): void;
}

function ApplicationForm({ id, rejectionId, onSaved, onCancel }: FormProps) {
  const headingId = useId();
  const dateId = useId();
  const problemId = useId();
  const companyField = useRef<HTMLInputElement>(null);
  const saving = useRef(false);
  const [today] = useState(() => dateFieldValue(Date.now()));
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [date, setDate] = useState(today);
  const [problem, setProblem] = useState<Problem>();

  useEffect(() => companyField.current?.focus(), []);

  async function save(event: Event) {
    event.preventDefault();
    if (saving.current) return;
    if (!company.trim()) {
      setProblem('missingCompany');
      companyField.current?.focus();
      return;
    }
    setProblem(undefined);
    saving.current = true;
    try {
      const now = Date.now();
      await send('logApplication', {
        company,
        role,
        appliedAt: appliedAtFrom(date, now) ?? now,
        afterRejectionId: rejectionId,
      });
      onSaved();
    } catch {
      setProblem('failed');
    } finally {
      saving.current = false;
    }
  }

  const missingCompany = problem === 'missingCompany';
  return (
    <form id={id} class="cb-inline-form" noValidate aria-labelledby={headingId} onSubmit={save}>
      <h3 id={headingId}>{t('appliedHeading')}</h3>
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
        <button type="submit">{t('appliedSave')}</button>
        <button type="button" class="cb-secondary" onClick={onCancel}>
          {t('logCancel')}
        </button>
      </div>
    </form>
  );
}
