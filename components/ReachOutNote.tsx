import { useState } from 'preact/hooks';
import { reachOutNote } from '@/plan/notes';
import type { ComebackDb } from '@/storage/db';
import { listTemplates } from '@/storage/templates';
import type { Rejection } from '@/storage/types';
import { ComposeButton } from './ComposeButton';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';
import { usePreferences } from './use-preferences';

interface Props {
  db: ComebackDb;
  rejection: Rejection;
  /** Where Copy writes; the page's own clipboard unless a test hands in another. */
  clipboard?: Pick<Clipboard, 'writeText'>;
}

/** Next to the checklist's "reach out" step: a ready note for a past coworker, to copy or open in a mail window. */
export function ReachOutNote({ db, rejection, clipboard = navigator.clipboard }: Props) {
  const saved = useLiveQuery(() => listTemplates(db), [db]);
  const settings = usePreferences();
  const [status, setStatus] = useState('');
  if (saved.status === 'loading' || settings.status === 'loading') return null;
  const note = reachOutNote(
    rejection,
    settings.status === 'ready' ? settings.value.userName : '',
    saved.status === 'ready' ? saved.value : [],
    t,
  );
  const viaGmail = rejection.source === 'gmail';

  async function copy() {
    try {
      await clipboard.writeText(note.body);
      setStatus(t('reachOutCopied'));
    } catch {
      setStatus(t('feedbackCopyFailed'));
    }
  }

  return (
    <div class="cb-step-note">
      <div class="cb-actions">
        <button type="button" class="cb-secondary" onClick={copy}>
          {t('reachOutCopy')}
        </button>
        <ComposeButton
          draft={note}
          viaGmail={viaGmail}
          seenAt={rejection.url}
          secondary
          onFailed={() => setStatus(t('errorGeneric'))}
        >
          {t(viaGmail ? 'composeInGmail' : 'feedbackReplyMail')}
        </ComposeButton>
      </div>
      <p class="cb-status" role="status">
        {status}
      </p>
    </div>
  );
}
