import { useId, useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { t } from '@/components/i18n';
import { send } from '@/messaging/send';

/** Delete everything, after a confirmation that starts on "Keep my data". */
export function DeletePanel() {
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');

  async function deleteAll() {
    setAsking(false);
    try {
      await send('deleteEverything', null);
      setStatus(t('dataDeleteDone'));
    } catch {
      setStatus(t('errorGeneric'));
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dataDeleteHeading')}</h3>
      <p class="cb-muted">{t('dataDeleteIntro')}</p>
      <button
        type="button"
        class="cb-danger"
        aria-haspopup="dialog"
        onClick={() => {
          setStatus('');
          setAsking(true);
        }}
      >
        {t('dataDeleteOpen')}
      </button>
      <p class="cb-status" role="status">
        {status}
      </p>
      {asking && (
        <ConfirmDialog
          title={t('dataDeleteTitle')}
          body={t('dataDeleteBody')}
          confirmLabel={t('dataDeleteConfirm')}
          cancelLabel={t('dataDeleteCancel')}
          onConfirm={deleteAll}
          onCancel={() => setAsking(false)}
        />
      )}
    </section>
  );
}
