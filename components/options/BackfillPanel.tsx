import { useId } from 'preact/hooks';
import { t } from '@/components/i18n';
import type { BackfillProgress, BackfillResult } from '@/mail/backfill';
import { useBackfillReading } from './backfill-reading';
import { formatBytes, formatCount } from './numbers';

function progressLine(progress: BackfillProgress, locale: string): string {
  return t('backfillProgress', [
    formatBytes(progress.bytesRead, locale),
    formatBytes(progress.totalBytes, locale),
    formatCount(progress.messages, locale),
    formatCount(progress.rejections, locale),
  ]);
}

function resultLines(result: BackfillResult, locale: string): string[] {
  const count = (value: number) => formatCount(value, locale);
  if (!result.cancelled && result.messages === result.unreadable) return [t('backfillNoMessages')];
  const lines = [
    result.cancelled
      ? t('backfillCancelled', [count(result.messages), count(result.added)])
      : t('backfillDone', [count(result.messages), count(result.rejections), count(result.added)]),
  ];
  if (result.unreadable > 0) lines.push(t('backfillSkipped', count(result.unreadable)));
  return lines;
}

/**
 * Backfill from a mailbox export: the chosen `.mbox` is read as a stream, with its progress, and can be stopped at
 * any time; the rejections found go to the background in batches, each stored once. The reading belongs to the
 * page, so it goes on, and its result waits, while another section is on show.
 */
export function BackfillPanel({ locale }: { locale: string }) {
  const headingId = useId();
  const inputId = useId();
  const progressId = useId();
  const { reading, state } = useBackfillReading();

  function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again later reads it again.
    input.value = '';
    if (file) void reading.start(file);
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('backfillHeading')}</h3>
      <p class="cb-muted">{t('backfillIntro')}</p>
      <div class="cb-field">
        <label for={inputId}>{t('backfillLabel')}</label>
        <input
          id={inputId}
          type="file"
          accept=".mbox,application/mbox"
          disabled={state.kind === 'reading'}
          onChange={(event) => read(event.currentTarget)}
        />
      </div>
      {state.kind === 'reading' && (
        <div class="cb-backfill-progress">
          <p id={progressId} class="cb-small">
            {t('backfillProgressLabel')}
          </p>
          <progress
            aria-labelledby={progressId}
            max={Math.max(1, state.progress.totalBytes)}
            value={state.progress.bytesRead}
          />
          <p class="cb-small">{progressLine(state.progress, locale)}</p>
          <button type="button" class="cb-secondary" onClick={() => reading.stop()}>
            {t('backfillCancel')}
          </button>
        </div>
      )}
      <div class="cb-status" role="status">
        {state.kind === 'reading' && <p>{t('backfillStarted')}</p>}
        {state.kind === 'finished' &&
          resultLines(state.result, locale).map((line) => <p key={line}>{line}</p>)}
      </div>
      <p class="cb-problem" role="alert">
        {state.kind === 'failed' && t('errorGeneric')}
      </p>
    </section>
  );
}
