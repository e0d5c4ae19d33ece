import { useId, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { LoadFailed } from '@/components/LoadFailed';
import { useLiveQuery } from '@/components/use-live-query';
import { send } from '@/messaging/send';
import type { ComebackDb } from '@/storage/db';
import type { Win } from '@/storage/types';
import { cleanTags } from '@/storage/win-text';
import { listWins } from '@/storage/wins';
import { formatCount } from './numbers';
import { optionsDb, pageLocale } from './page-context';
import { type Notice, UndoStatus } from './UndoStatus';
import { WinItem } from './WinItem';
import { WinsAdd } from './WinsAdd';

/** The wins manager: add one or a pasted list, then star, tag, edit or delete each (with Undo). */
export function WinsSection({ db = optionsDb() }: { db?: ComebackDb }) {
  const listHeadingId = useId();
  const wins = useLiveQuery(() => listWins(db), [db]);
  const [tagFilter, setTagFilter] = useState<string>();
  const [notice, setNotice] = useState<Notice>();

  if (wins.status === 'loading') return null;
  if (wins.status === 'failed') {
    return <LoadFailed />;
  }
  const allTags = cleanTags(wins.value.flatMap((win) => win.tags)).sort((a, b) => a.localeCompare(b));
  const filter = allTags.find((tag) => tag.toLowerCase() === tagFilter);
  const shown = filter
    ? wins.value.filter((win) => win.tags.some((tag) => tag.toLowerCase() === tagFilter))
    : wins.value;

  function deleted(win: Win) {
    setNotice({ text: t('winsDeleted'), undo: () => send('restoreWin', { win }).then(() => undefined) });
  }

  return (
    <>
      <p class="cb-muted">{t('winsManagerIntro')}</p>
      <WinsAdd
        savedTexts={wins.value.map((win) => win.text)}
        onAdded={(count) => setNotice({ text: t('winsPasteAdded', formatCount(count, pageLocale())) })}
        onFailed={(message) => setNotice({ text: message })}
      />
      <UndoStatus notice={notice} onNotice={setNotice} />
      <h3 id={listHeadingId}>{t('winsListHeading')}</h3>
      {allTags.length > 0 && (
        <fieldset class="cb-tag-filter">
          <legend class="cb-small">{t('winsFilterLabel')}</legend>
          {[undefined, ...allTags].map((tag) => (
            <button
              key={tag ?? ''}
              type="button"
              class="cb-secondary cb-small"
              aria-pressed={tag === filter}
              onClick={() => setTagFilter(tag?.toLowerCase())}
            >
              {tag ?? t('winsFilterAll')}
            </button>
          ))}
        </fieldset>
      )}
      {wins.value.length === 0 ? (
        <p>{t('winsListEmpty')}</p>
      ) : (
        <ul class="cb-wins" aria-labelledby={listHeadingId}>
          {shown.map((win) => (
            <WinItem key={win.id} win={win} onDeleted={deleted} onStatus={(text) => setNotice({ text })} />
          ))}
        </ul>
      )}
    </>
  );
}
