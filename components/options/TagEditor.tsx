import { useId } from 'preact/hooks';
import { t } from '@/components/i18n';
import { cleanTags } from '@/storage/win-text';

interface Props {
  tags: readonly string[];
  /** What is typed in the field and not yet a chip. */
  draft: string;
  onTags(tags: string[]): void;
  onDraft(draft: string): void;
}

/** The tags that the words typed so far add to `tags`, as they would be kept. */
export function withDraftTags(tags: readonly string[], draft: string): string[] {
  return cleanTags([...tags, ...draft.split(',')]);
}

/** Free tags as chips: type one and press Enter or a comma; each chip has its own remove button. */
export function TagEditor({ tags, draft, onTags, onDraft }: Props) {
  const fieldId = useId();
  const hintId = useId();
  const listId = useId();

  function commit() {
    onTags(withDraftTags(tags, draft));
    onDraft('');
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onTags(tags.slice(0, -1));
    }
  }

  return (
    <fieldset class="cb-tags">
      <legend id={listId}>{t('winsTagsLabel')}</legend>
      {tags.length > 0 && (
        <ul class="cb-chips" aria-labelledby={listId}>
          {tags.map((tag) => (
            <li key={tag} class="cb-chip">
              <span>{tag}</span>
              <button
                type="button"
                aria-label={t('winsTagRemove', tag)}
                onClick={() => onTags(tags.filter((other) => other !== tag))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for={fieldId}>{t('winsTagAddLabel')}</label>
      <input
        id={fieldId}
        type="text"
        aria-describedby={hintId}
        value={draft}
        onInput={(event) => {
          const value = event.currentTarget.value;
          // A pasted "a, b, c" becomes chips at once; the words after the last comma stay to be finished.
          if (value.includes(',')) {
            const parts = value.split(',');
            onTags(cleanTags([...tags, ...parts.slice(0, -1)]));
            onDraft(parts.at(-1) ?? '');
          } else {
            onDraft(value);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && commit()}
      />
      <p id={hintId} class="cb-muted cb-small">
        {t('winsTagAddHint')}
      </p>
    </fieldset>
  );
}
