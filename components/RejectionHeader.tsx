import { useId } from 'preact/hooks';
import { formatDay, rejectionChoiceLabel, rejectionTitle } from '@/plan/describe';
import type { Rejection } from '@/storage/types';
import { t } from './i18n';

interface Props {
  rejection: Rejection;
  /** Every rejection, newest first, to switch between. */
  rejections: readonly Rejection[];
  locale: string;
  logOpen: boolean;
  onSelect(id: number): void;
  onDismiss(): void;
  onToggleLog(): void;
}

/** Which rejection the plan is for, with the ways to switch to another, remove it or log one by hand. */
export function RejectionHeader({
  rejection,
  rejections,
  locale,
  logOpen,
  onSelect,
  onDismiss,
  onToggleLog,
}: Props) {
  const switchId = useId();
  return (
    <header class="cb-header">
      <h1>{rejectionTitle(rejection, t)}</h1>
      <p class="cb-muted">{t('planReceived', formatDay(rejection.receivedAt, locale))}</p>
      {rejection.note && <p class="cb-note">{rejection.note}</p>}
      <p class="cb-kind">{t('planKindWords')}</p>
      {rejections.length > 1 && (
        <div class="cb-field">
          <label for={switchId}>{t('switchLabel')}</label>
          <select
            id={switchId}
            value={rejection.id}
            onChange={(event) => onSelect(Number(event.currentTarget.value))}
          >
            {rejections.map((each) => (
              <option key={each.id} value={each.id}>
                {rejectionChoiceLabel(each, t, locale)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="cb-actions">
        <button type="button" class="cb-secondary" onClick={onDismiss}>
          {t('notRejection')}
        </button>
        <button type="button" class="cb-secondary" aria-expanded={logOpen} onClick={onToggleLog}>
          {t('logHeading')}
        </button>
      </div>
    </header>
  );
}
