import { useId, useRef, useState } from 'preact/hooks';
import { send } from '@/messaging/send';
import { ApplicationForm } from './ApplicationForm';
import { type MessageKey, t } from './i18n';

interface Props {
  /** The rejection it bounced back from, in a plan; absent for an application logged in the journey. */
  rejectionId?: number;
  /** The button's words: "I applied again" in a plan. */
  label?: MessageKey;
}

/** "I applied again": logs the next application, linked to the rejection it bounced back from, if any. */
export function AppliedAgain({ rejectionId, label = 'appliedAgain' }: Props) {
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
        {t(label)}
      </button>
      {open && (
        <ApplicationForm
          id={formId}
          heading={t('appliedHeading')}
          submitLabel={t('appliedSave')}
          onSubmit={async (application) => {
            await send('logApplication', { ...application, afterRejectionId: rejectionId });
            close(t('appliedSaved'));
          }}
          onCancel={() => close('')}
        />
      )}
      <p class="cb-status" role="status">
        {status}
      </p>
    </div>
  );
}
