import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/components/i18n';

export interface Notice {
  text: string;
  /** Offered after a removal: puts things back as they were. */
  undo?: () => Promise<void>;
}

interface Props {
  notice: Notice | undefined;
  onNotice(notice: Notice): void;
}

/**
 * What just happened, read out politely, with Undo after a removal. The Undo button takes the focus the removed
 * item's own button had; once used, the message itself keeps the focus, so it is never dropped on the page.
 */
export function UndoStatus({ notice, onNotice }: Props) {
  const region = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const undo = notice?.undo;

  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);

  async function runUndo() {
    if (!undo) return;
    try {
      await undo();
      onNotice({ text: t('undoDone') });
    } catch {
      onNotice({ text: t('errorGeneric') });
    }
    region.current?.focus();
  }

  return (
    <div ref={region} class="cb-undo" tabIndex={-1}>
      <p class="cb-status" role="status">
        {notice?.text}
      </p>
      {undo && (
        <button ref={undoButton} type="button" class="cb-secondary" onClick={runUndo}>
          {t('undo')}
        </button>
      )}
    </div>
  );
}
