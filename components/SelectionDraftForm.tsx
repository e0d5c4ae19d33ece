import { useState } from 'preact/hooks';
import { send } from '@/messaging/send';
import type { SelectionDraft } from '@/storage/draft';
import { t } from './i18n';
import { LogRejectionForm } from './LogRejectionForm';

interface Props {
  draft: SelectionDraft;
  onSaved(id: number): void;
}

/** What the detector made of the selection, said kindly; when it saw no rejection, the user still decides. */
function detectedLine(draft: SelectionDraft): string {
  if (!draft.looksLikeRejection) return t('draftNotDetected');
  return draft.company ? t('draftDetected', draft.company) : t('draftDetectedNoCompany');
}

/** The rejection drafted from text the user selected on a page, prefilled for them to check and confirm. */
export function SelectionDraftForm({ draft, onSaved }: Props) {
  const [failed, setFailed] = useState(false);

  async function cancel() {
    try {
      await send('discardDraft', null);
    } catch {
      setFailed(true);
    }
  }

  return (
    <main>
      <h1>{t('draftTitle')}</h1>
      <LogRejectionForm
        autoFocus
        initial={{
          company: draft.company,
          role: draft.role,
          recruiter: draft.recruiter,
          note: draft.note,
          url: draft.url,
        }}
        intro={detectedLine(draft)}
        source="selection"
        onSaved={onSaved}
        onCancel={cancel}
      />
      {failed && (
        <p class="cb-problem" role="alert">
          {t('errorGeneric')}
        </p>
      )}
    </main>
  );
}
