import { useId, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { formatCount } from '@/components/options/numbers';
import { WinsAdd } from '@/components/options/WinsAdd';
import { useLiveQuery } from '@/components/use-live-query';
import type { ComebackDb } from '@/storage/db';
import { listWins } from '@/storage/wins';

/** The first wins, one or a pasted list, through the wins manager's own form. */
export function FirstWins({ db, locale }: { db: ComebackDb; locale: string }) {
  const headingId = useId();
  const wins = useLiveQuery(() => listWins(db), [db]);
  const [status, setStatus] = useState('');
  const savedTexts = wins.status === 'ready' ? wins.value.map((win) => win.text) : [];
  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('onboardingWinsHeading')}</h2>
      <p class="cb-muted">{t('onboardingWinsIntro')}</p>
      <WinsAdd
        savedTexts={savedTexts}
        onAdded={(count) => setStatus(t('winsPasteAdded', formatCount(count, locale)))}
        onFailed={setStatus}
      />
      <p class="cb-status" role="status">
        {status}
      </p>
    </section>
  );
}
