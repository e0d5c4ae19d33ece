import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { send } from '@/messaging/send';
import { stepLabel } from '@/plan/checklist';
import { addOwnStep, moveStep, ownStepId, removeStep, renameStep } from '@/storage/checklist-steps';
import { isDefaultStepId } from '@/storage/defaults';
import { DEFAULT_PREFERENCES, type StepTemplate } from '@/storage/preferences';
import { type Notice, UndoStatus } from './UndoStatus';

/** Where the focus goes once a row is redrawn: a step's button, after `after` (the steps before a move) changed. */
interface FocusTarget {
  id: string;
  action: 'up' | 'down' | 'rename';
  after?: readonly StepTemplate[];
}

interface Props {
  /** The user's default checklist, as stored. */
  steps: readonly StepTemplate[];
}

/**
 * The default checklist, step by step: reorder, rename, remove, add one's own, or go back to the defaults. Each
 * change is saved at once; a removal or a reset can be undone.
 */
export function ChecklistEditor({ steps }: Props) {
  const headingId = useId();
  const addId = useId();
  const list = useRef<HTMLOListElement>(null);
  const [newStep, setNewStep] = useState('');
  const [renaming, setRenaming] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const [focusNext, setFocusNext] = useState<FocusTarget>();

  // The button a step was moved or renamed with gets the focus back once its row is redrawn.
  useEffect(() => {
    if (!focusNext || focusNext.after === steps) return;
    const row = list.current?.querySelector(`[data-step="${CSS.escape(focusNext.id)}"]`);
    const target =
      row?.querySelector<HTMLButtonElement>(`[data-action="${focusNext.action}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>('[data-action]:not(:disabled)');
    target?.focus();
    setFocusNext(undefined);
  }, [steps, focusNext]);

  /** Saves the new list; answers whether it was saved, so what the user typed is kept when it was not. */
  async function save(next: StepTemplate[], undoable = false): Promise<boolean> {
    const before = [...steps];
    try {
      await send('setChecklistSteps', { steps: next });
      setNotice({
        text: t('checklistSaved'),
        undo: undoable ? () => send('setChecklistSteps', { steps: before }).then(() => undefined) : undefined,
      });
      return true;
    } catch {
      setNotice({ text: t('errorGeneric') });
      return false;
    }
  }

  function move(index: number, by: -1 | 1, id: string) {
    setFocusNext({ id, action: by === -1 ? 'up' : 'down', after: steps });
    void save(moveStep(steps, index, by));
  }

  function closeRename(id: string) {
    setRenaming(undefined);
    setFocusNext({ id, action: 'rename' });
  }

  async function add(event: Event) {
    event.preventDefault();
    if (!newStep.trim()) return;
    if (await save(addOwnStep(steps, newStep, ownStepId()))) setNewStep('');
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('checklistEditorHeading')}</h3>
      <p class="cb-muted">{t('checklistEditorIntro')}</p>
      {steps.length === 0 && <p>{t('checklistEmpty')}</p>}
      <ol ref={list} class="cb-steps-editor">
        {steps.map((step, index) => (
          <StepRow
            key={step.id}
            step={step}
            first={index === 0}
            last={index === steps.length - 1}
            renaming={renaming === step.id}
            onRename={() => setRenaming(step.id)}
            onCloseRename={() => closeRename(step.id)}
            onMove={(by) => move(index, by, step.id)}
            onRemove={() => save(removeStep(steps, step.id), true)}
            onSaveWording={async (text) => {
              if (await save(renameStep(steps, step.id, text))) closeRename(step.id);
            }}
          />
        ))}
      </ol>
      <form class="cb-inline-form" onSubmit={add}>
        <label for={addId}>{t('checklistStepAddLabel')}</label>
        <div class="cb-row">
          <input
            id={addId}
            type="text"
            value={newStep}
            onInput={(event) => setNewStep(event.currentTarget.value)}
          />
          <button type="submit">{t('checklistStepAdd')}</button>
        </div>
      </form>
      <UndoStatus notice={notice} onNotice={setNotice} />
      <div class="cb-actions">
        <button
          type="button"
          class="cb-secondary"
          onClick={() => save([...DEFAULT_PREFERENCES.checklistSteps], true)}
        >
          {t('checklistReset')}
        </button>
      </div>
    </section>
  );
}

interface RowProps {
  step: StepTemplate;
  first: boolean;
  last: boolean;
  renaming: boolean;
  onRename(): void;
  onCloseRename(): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  onSaveWording(text: string): Promise<void>;
}

function StepRow({
  step,
  first,
  last,
  renaming,
  onRename,
  onCloseRename,
  onMove,
  onRemove,
  onSaveWording,
}: RowProps) {
  const labelId = useId();
  const fieldId = useId();
  const hintId = useId();
  const field = useRef<HTMLInputElement>(null);
  const label = stepLabel({ ...step, done: false }, t);
  const [wording, setWording] = useState(label);

  useEffect(() => {
    if (renaming) {
      setWording(label);
      field.current?.focus();
    }
  }, [renaming]);

  if (renaming) {
    return (
      <li data-step={step.id}>
        <form
          class="cb-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            // Unchanged, a built-in step keeps following Comeback's wording (and its translations).
            if (wording.trim() === label && !step.text) onCloseRename();
            else void onSaveWording(wording);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCloseRename();
          }}
        >
          <label for={fieldId}>{t('checklistStepWords')}</label>
          <div class="cb-row">
            <input
              ref={field}
              id={fieldId}
              type="text"
              aria-describedby={isDefaultStepId(step.id) ? hintId : undefined}
              value={wording}
              onInput={(event) => setWording(event.currentTarget.value)}
            />
            <button type="submit">{t('editSave')}</button>
            <button type="button" class="cb-secondary" onClick={onCloseRename}>
              {t('editCancel')}
            </button>
          </div>
          {isDefaultStepId(step.id) && (
            <p id={hintId} class="cb-muted cb-small">
              {t('checklistStepRenameHint')}
            </p>
          )}
        </form>
      </li>
    );
  }
  return (
    <li data-step={step.id}>
      <span id={labelId} class="cb-step-label">
        {label}
      </span>
      <div class="cb-step-buttons">
        <button
          type="button"
          class="cb-secondary cb-small"
          data-action="up"
          disabled={first}
          aria-describedby={labelId}
          onClick={() => onMove(-1)}
        >
          {t('checklistStepUp')}
        </button>
        <button
          type="button"
          class="cb-secondary cb-small"
          data-action="down"
          disabled={last}
          aria-describedby={labelId}
          onClick={() => onMove(1)}
        >
          {t('checklistStepDown')}
        </button>
        <button
          type="button"
          class="cb-secondary cb-small"
          data-action="rename"
          aria-describedby={labelId}
          onClick={onRename}
        >
          {t('checklistStepRename')}
        </button>
        <button type="button" class="cb-secondary cb-small" aria-describedby={labelId} onClick={onRemove}>
          {t('checklistStepRemove')}
        </button>
      </div>
    </li>
  );
}
