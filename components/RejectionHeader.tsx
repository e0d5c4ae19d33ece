import { useId, useState } from 'preact/hooks';
import { formatDay, rejectionChoiceLabel, rejectionTitle } from '@/plan/describe';
import type { Rejection } from '@/storage/types';
import { ConfirmDialog } from './ConfirmDialog';
import { t } from './i18n';

/** Logged by the user, not read from a message: removing it is a plain deletion, with nothing to learn. */
export function isHandLogged(rejection: Pick<Rejection, 'source'>): boolean {
  return rejection.source === 'manual' || rejection.source === 'selection';
}

interface Props {
  rejection: Rejection;
  /** The newest rejections, newest first, to switch between. */
  choices: readonly Rejection[];
  /** Whether older rejections than `choices` are stored, to offer on request. */
  more: boolean;
  locale: string;
  logOpen: boolean;
  onSelect(id: number): void;
  /** Offers older rejections in the switcher too. */
  onShowMore(): void;
  /** Called once the user has confirmed the removal. */
  onDismiss(): void;
  onToggleLog(): void;
}

/** Which rejection the plan is for, with the ways to switch to another, remove it or log one by hand. */
export function RejectionHeader({
  rejection,
  choices,
  more,
  locale,
  logOpen,
  onSelect,
  onShowMore,
  onDismiss,
  onToggleLog,
}: Props) {
  const switchId = useId();
  const [asking, setAsking] = useState(false);
  const handLogged = isHandLogged(rejection);
  // The rejection shown is always among the choices, even when it is older than those offered.
  const offered = choices.some((each) => each.id === rejection.id) ? choices : [...choices, rejection];
  return (
    <header class="cb-header">
      <h1>{rejectionTitle(rejection, t)}</h1>
      <p class="cb-muted">{t('planReceived', formatDay(rejection.receivedAt, locale))}</p>
      {rejection.note && <p class="cb-note">{rejection.note}</p>}
      <p class="cb-kind">{t('planKindWords')}</p>
      {offered.length > 1 && (
        <div class="cb-field">
          <label for={switchId}>{t('switchLabel')}</label>
          <select
            id={switchId}
            value={rejection.id}
            onChange={(event) => onSelect(Number(event.currentTarget.value))}
          >
            {offered.map((each) => (
              <option key={each.id} value={each.id}>
                {rejectionChoiceLabel(each, t, locale)}
              </option>
            ))}
          </select>
          {more && (
            <div class="cb-row">
              <button type="button" class="cb-secondary cb-small" onClick={onShowMore}>
                {t('switchShowMore')}
              </button>
            </div>
          )}
        </div>
      )}
      <div class="cb-actions">
        <button type="button" class="cb-secondary" onClick={() => setAsking(true)}>
          {t(handLogged ? 'deleteRejection' : 'notRejection')}
        </button>
        <button type="button" class="cb-secondary" aria-expanded={logOpen} onClick={onToggleLog}>
          {t('logHeading')}
        </button>
      </div>
      {/* Removing cannot be undone, and for a message it also teaches Comeback to let its sender be. */}
      {asking && (
        <ConfirmDialog
          title={t(handLogged ? 'deleteRejectionAskTitle' : 'notRejectionAskTitle')}
          body={t(handLogged ? 'deleteRejectionAskBody' : 'notRejectionAskBody')}
          confirmLabel={t(handLogged ? 'deleteRejection' : 'notRejectionAskConfirm')}
          cancelLabel={t('removeRejectionKeep')}
          onConfirm={() => {
            setAsking(false);
            onDismiss();
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </header>
  );
}
