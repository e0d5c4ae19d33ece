import { useId, useState } from 'preact/hooks';
import { failureMessage } from '@/components/failure-message';
import { t } from '@/components/i18n';
import { send } from '@/messaging/send';
import { parsePastedWins } from '@/storage/win-text';
import { formatCount } from './numbers';
import { pageLocale } from './page-context';

interface Props {
  /** The wins already saved, so a repeat is shown as skipped before it is sent. */
  savedTexts: readonly string[];
  onAdded(count: number): void;
  /** What went wrong, in words for the user. */
  onFailed(message: string): void;
}

/** One win, or a pasted list of them: shows what will be added before it is. */
export function WinsAdd({ savedTexts, onAdded, onFailed }: Props) {
  const fieldId = useId();
  const hintId = useId();
  const previewId = useId();
  const [text, setText] = useState('');
  const preview = parsePastedWins(text, savedTexts);
  const typed = text.trim() !== '';

  async function add(event: Event) {
    event.preventDefault();
    if (preview.toAdd.length === 0) return;
    try {
      const { ids } = await send('addWins', { texts: preview.toAdd });
      setText('');
      onAdded(ids.length);
    } catch (error) {
      onFailed(failureMessage(error));
    }
  }

  return (
    <form class="cb-wins-add" onSubmit={add}>
      <label for={fieldId}>{t('winsPasteLabel')}</label>
      <p id={hintId} class="cb-muted cb-small">
        {t('winsPasteHint')}
      </p>
      <textarea
        id={fieldId}
        rows={4}
        placeholder={t('winsAddPlaceholder')}
        aria-describedby={`${hintId} ${previewId}`}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div id={previewId} class="cb-wins-preview">
        {typed && preview.toAdd.length > 0 && (
          <>
            <p>{t('winsPastePreview', formatCount(preview.toAdd.length, pageLocale()))}</p>
            <ul>
              {preview.toAdd.map((win) => (
                <li key={win}>{win}</li>
              ))}
            </ul>
          </>
        )}
        {typed && preview.toAdd.length === 0 && <p>{t('winsPasteNothing')}</p>}
        {preview.repeated > 0 && (
          <p class="cb-muted">{t('winsPasteRepeated', formatCount(preview.repeated, pageLocale()))}</p>
        )}
      </div>
      <div class="cb-actions">
        <button type="submit" disabled={preview.toAdd.length === 0}>
          {t('winsPasteAdd')}
        </button>
      </div>
    </form>
  );
}
