import { useId, useRef, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { LoadFailed } from '@/components/LoadFailed';
import { usePreferences } from '@/components/use-preferences';
import { send } from '@/messaging/send';
import { isEmailAddress, type Mentor } from '@/storage/mentor';

type Problem = 'missingName' | 'badEmail' | 'failed';

/** Support: a mentor or buddy (their name and, if the user likes, their address, for the plan's one-click note). */
export function SupportSection() {
  const settings = usePreferences();
  // Kept here, so the message outlives the form starting over from what was just saved.
  const [status, setStatus] = useState('');
  if (settings.status === 'loading') return null;
  if (settings.status === 'failed') {
    return <LoadFailed />;
  }
  const { mentor } = settings.value;
  return (
    <>
      <p class="cb-muted">{t('mentorIntro')}</p>
      <MentorForm
        // Starts over from the stored mentor whenever it changes, here or in another tab.
        key={`${mentor?.name ?? ''}\n${mentor?.email ?? ''}`}
        mentor={mentor}
        onStatus={setStatus}
      />
      <p class="cb-status" role="status">
        {status}
      </p>
      <p class="cb-muted cb-small">{t('mentorTemplateHint')}</p>
    </>
  );
}

interface FormProps {
  mentor: Mentor | null;
  onStatus(status: string): void;
}

function MentorForm({ mentor, onStatus }: FormProps) {
  const nameId = useId();
  const emailId = useId();
  const problemId = useId();
  const nameField = useRef<HTMLInputElement>(null);
  const emailField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(mentor?.name ?? '');
  const [email, setEmail] = useState(mentor?.email ?? '');
  const [problem, setProblem] = useState<Problem>();

  async function save(event: Event) {
    event.preventDefault();
    onStatus('');
    if (!name.trim()) {
      setProblem('missingName');
      nameField.current?.focus();
      return;
    }
    if (email.trim() && !isEmailAddress(email.trim())) {
      setProblem('badEmail');
      emailField.current?.focus();
      return;
    }
    setProblem(undefined);
    try {
      await send('setMentor', { mentor: { name, email } });
      onStatus(t('mentorSaved'));
    } catch {
      setProblem('failed');
    }
  }

  async function remove() {
    try {
      await send('setMentor', { mentor: null });
      onStatus(t('mentorRemoved'));
    } catch {
      setProblem('failed');
    }
  }

  const problemText: Record<Problem, string> = {
    missingName: t('mentorNameRequired'),
    badEmail: t('mentorEmailInvalid'),
    failed: t('errorGeneric'),
  };
  return (
    <form noValidate onSubmit={save}>
      <div class="cb-field">
        <label for={nameId}>{t('mentorName')}</label>
        <input
          ref={nameField}
          id={nameId}
          type="text"
          autoComplete="off"
          aria-invalid={problem === 'missingName'}
          aria-describedby={problem === 'missingName' ? problemId : undefined}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <div class="cb-field">
        <label for={emailId}>{t('mentorEmail')}</label>
        <input
          ref={emailField}
          id={emailId}
          type="email"
          autoComplete="off"
          aria-invalid={problem === 'badEmail'}
          aria-describedby={problem === 'badEmail' ? problemId : undefined}
          value={email}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
      </div>
      <p id={problemId} class="cb-problem" role="alert">
        {problem && problemText[problem]}
      </p>
      <div class="cb-actions">
        <button type="submit">{t('mentorSave')}</button>
        {mentor && (
          <button type="button" class="cb-secondary" onClick={remove}>
            {t('mentorRemove')}
          </button>
        )}
      </div>
    </form>
  );
}
