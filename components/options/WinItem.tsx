import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { send } from '@/messaging/send';
import type { Win } from '@/storage/types';
import { TagEditor, withDraftTags } from './TagEditor';

interface Props {
  win: Win;
  onDeleted(win: Win): void;
  onStatus(text: string): void;
}

/** One saved win: its star, words and tags, with Edit and Delete. */
export function WinItem({ win, onDeleted, onStatus }: Props) {
  const textId = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from editing, the focus returns to the Edit button it left from.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  async function act(action: () => Promise<unknown>) {
    try {
      await action();
    } catch {
      onStatus(t('errorGeneric'));
    }
  }

  async function remove() {
    await act(async () => {
      const { win: deleted } = await send('deleteWin', { id: win.id });
      if (deleted) onDeleted(deleted);
    });
  }

  if (editing) {
    return (
      <li class="cb-win-item">
        <WinEditor
          win={win}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onStatus(t('winsUpdated'));
          }}
          onFailed={() => onStatus(t('errorGeneric'))}
        />
      </li>
    );
  }
  return (
    <li class="cb-win-item">
      <button
        type="button"
        class="cb-star"
        aria-label={t('winsStar')}
        aria-pressed={win.starred === 1}
        aria-describedby={textId}
        onClick={() => act(() => send('updateWin', { id: win.id, starred: win.starred !== 1 }))}
      >
        <span aria-hidden="true">{win.starred ? '★' : '☆'}</span>
      </button>
      <div class="cb-win-body">
        <p id={textId} class="cb-win-text">
          {win.text}
        </p>
        {win.tags.length > 0 && (
          <ul class="cb-chips" aria-label={t('winsTagsLabel')}>
            {win.tags.map((tag) => (
              <li key={tag} class="cb-chip cb-chip-plain">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="cb-win-actions">
        <button
          ref={editButton}
          type="button"
          class="cb-secondary"
          aria-describedby={textId}
          onClick={() => setEditing(true)}
        >
          {t('winsEdit')}
        </button>
        <button type="button" class="cb-secondary" aria-describedby={textId} onClick={remove}>
          {t('winsDelete')}
        </button>
      </div>
    </li>
  );
}

interface EditorProps {
  win: Win;
  /** `true` once saved, `false` when cancelled. */
  onDone(saved: boolean): void;
  onFailed(): void;
}

function WinEditor({ win, onDone, onFailed }: EditorProps) {
  const fieldId = useId();
  const problemId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(win.text);
  const [tags, setTags] = useState(win.tags);
  const [tagDraft, setTagDraft] = useState('');
  const [empty, setEmpty] = useState(false);

  useEffect(() => field.current?.focus(), []);

  async function save(event: Event) {
    event.preventDefault();
    if (!text.trim()) {
      setEmpty(true);
      field.current?.focus();
      return;
    }
    try {
      await send('updateWin', { id: win.id, text, tags: withDraftTags(tags, tagDraft) });
      onDone(true);
    } catch {
      onFailed();
    }
  }

  return (
    <form
      class="cb-win-editor"
      noValidate
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(false);
      }}
    >
      <div class="cb-field">
        <label for={fieldId}>{t('winsWordsLabel')}</label>
        <textarea
          ref={field}
          id={fieldId}
          rows={3}
          required
          aria-invalid={empty}
          aria-describedby={empty ? problemId : undefined}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setEmpty(false);
          }}
        />
        <p id={problemId} class="cb-problem" role="alert">
          {empty && t('winsWordsRequired')}
        </p>
      </div>
      <TagEditor tags={tags} draft={tagDraft} onTags={setTags} onDraft={setTagDraft} />
      <div class="cb-actions">
        <button type="submit">{t('editSave')}</button>
        <button type="button" class="cb-secondary" onClick={() => onDone(false)}>
          {t('editCancel')}
        </button>
      </div>
    </form>
  );
}
