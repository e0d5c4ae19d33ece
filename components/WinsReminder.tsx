import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/messaging/send';
import type { ComebackDb } from '@/storage/db';
import { listWins, nextWin } from '@/storage/wins';
import { failureMessage } from './failure-message';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';

/**
 * Section 2 of the plan: one of the user's saved wins, picked once per opening (as soon as there is one) so
 * it stays put while the page is open, and marked shown so the next opening brings another.
 */
export function WinsReminder({ db }: { db: ComebackDb }) {
  const headingId = useId();
  const fieldId = useId();
  const wins = useLiveQuery(() => listWins(db), [db]);
  const picked = useRef(false);
  const [shownId, setShownId] = useState<number>();
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (picked.current || wins.status !== 'ready') return;
    const win = nextWin(wins.value);
    if (!win) return;
    picked.current = true;
    setShownId(win.id);
    // Failing to note it only means it may come round again next time.
    send('markWinShown', { id: win.id }).catch(() => undefined);
  }, [wins]);

  async function save(event: Event) {
    event.preventDefault();
    if (!draft.trim()) return;
    try {
      const { id } = await send('addWin', { text: draft });
      picked.current = true;
      setShownId(id);
      setDraft('');
      setStatus(t('winsSaved'));
      // The user has just seen it: it waits its turn like the others.
      send('markWinShown', { id }).catch(() => undefined);
    } catch (error) {
      setStatus(failureMessage(error));
    }
  }

  const list = wins.status === 'ready' ? wins.value : [];
  const shown = list.find((win) => win.id === shownId);
  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('winsHeading')}</h2>
      {shown ? (
        <>
          <p class="cb-muted">{t('winsIntro')}</p>
          <blockquote class="cb-win">
            {shown.starred === 1 && (
              <span class="cb-win-star">
                <span aria-hidden="true">★ </span>
                {t('winsStarred')}
              </span>
            )}
            <span>{shown.text}</span>
          </blockquote>
        </>
      ) : (
        wins.status === 'ready' && list.length === 0 && <p>{t('winsEmpty')}</p>
      )}
      <form class="cb-inline-form" onSubmit={save}>
        <label for={fieldId}>{t('winsAddLabel')}</label>
        <div class="cb-row">
          <input
            id={fieldId}
            type="text"
            required
            placeholder={t('winsAddPlaceholder')}
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit">{t('winsAdd')}</button>
        </div>
      </form>
      <p class="cb-status" role="status">
        {status}
      </p>
      <a class="cb-small" href={browser.runtime.getURL('/options.html#wins')} target="_blank" rel="noopener">
        {t('winsSeeAll')}
      </a>
    </section>
  );
}
