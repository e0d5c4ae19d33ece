import { useId, useState } from 'preact/hooks';
import { failureMessage } from '@/components/failure-message';
import { t } from '@/components/i18n';
import { send } from '@/messaging/send';
import { MAX_BACKUP_BYTES } from '@/storage/backup';
import { importDoneMessage, importProblemMessage } from './import-labels';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'problem'; message: string };

/**
 * Bring a copy back: the file is read here and checked whole by the background before anything changes.
 * A file too large to be a backup is refused before it is read.
 */
export function ImportPanel({ locale }: { locale: string }) {
  const headingId = useId();
  const inputId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > MAX_BACKUP_BYTES) {
        const message = importProblemMessage({ code: 'tooLarge', limit: MAX_BACKUP_BYTES }, locale);
        setState({ kind: 'problem', message });
        return;
      }
      setState({ kind: 'busy' });
      const answer = await send('importData', { text: await file.text() });
      setState(
        answer.ok
          ? { kind: 'done', message: importDoneMessage(answer.added, answer.merged, locale) }
          : { kind: 'problem', message: importProblemMessage(answer.problem, locale) },
      );
    } catch (error) {
      setState({ kind: 'problem', message: failureMessage(error) });
    } finally {
      // The same file can be chosen again, once fixed say.
      input.value = '';
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dataImportHeading')}</h3>
      <p class="cb-muted">{t('dataImportHint')}</p>
      <div class="cb-field">
        <label for={inputId}>{t('dataImportLabel')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={state.kind === 'busy'}
          onChange={(event) => importFile(event.currentTarget)}
        />
      </div>
      <p class="cb-status" role="status">
        {state.kind === 'busy' ? t('dataImporting') : state.kind === 'done' ? state.message : ''}
      </p>
      <p class="cb-problem" role="alert">
        {state.kind === 'problem' ? state.message : ''}
      </p>
    </section>
  );
}
