import { useState } from 'preact/hooks';
import { mentorCallName, mentorNote } from '@/plan/notes';
import type { ComebackDb } from '@/storage/db';
import { listTemplates } from '@/storage/templates';
import type { Rejection } from '@/storage/types';
import { ComposeButton } from './ComposeButton';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';
import { usePreferences } from './use-preferences';

/** "Tell Sam how it went": one click to a note for the user's mentor or buddy, once they have named one. */
export function MentorNote({ db, rejection }: { db: ComebackDb; rejection: Rejection }) {
  const saved = useLiveQuery(() => listTemplates(db), [db]);
  const settings = usePreferences();
  const [failed, setFailed] = useState(false);
  const mentor = settings.status === 'ready' ? settings.value.mentor : null;
  if (!mentor || saved.status === 'loading') return null;
  const userName = settings.status === 'ready' ? settings.value.userName : '';
  const note = mentorNote(rejection, userName, mentor.name, saved.status === 'ready' ? saved.value : [], t);
  return (
    <div class="cb-mentor">
      <ComposeButton
        draft={{ to: mentor.email, ...note }}
        viaGmail={rejection.source === 'gmail'}
        seenAt={rejection.url}
        onFailed={() => setFailed(true)}
      >
        {t('mentorTell', mentorCallName(mentor.name))}
      </ComposeButton>
      <p class="cb-status" role="status">
        {failed ? t('errorGeneric') : ''}
      </p>
    </div>
  );
}
