import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { send } from '@/messaging/send';
import type { ComebackDb } from '@/storage/db';
import { selectionDraft } from '@/storage/draft';
import { newestRejections } from '@/storage/rejections';
import type { Rejection } from '@/storage/types';
import { FeedbackRequest } from './FeedbackRequest';
import { t } from './i18n';
import { LogRejectionForm } from './LogRejectionForm';
import { NextChecklist } from './NextChecklist';
import { OptionsLink } from './options/OptionsLink';
import { PlanMomentum } from './PlanMomentum';
import type { PlanPopupStart } from './plan-popup-start';
import { ReflectionForm } from './ReflectionForm';
import { isHandLogged, RejectionHeader } from './RejectionHeader';
import { SelectionDraftForm } from './SelectionDraftForm';
import { TakeADay } from './TakeADay';
import { useLiveQuery } from './use-live-query';
import { useStoredValue } from './use-stored-value';
import { WinsReminder } from './WinsReminder';

interface Props {
  /** Read live here; every write goes to the background. */
  db: ComebackDb;
  /** The UI language, for dates. */
  locale: string;
  /** The rejection asked for (`popup.html?id=N`); else the one `start` opens on, else the latest one. */
  initialId?: number;
  /** What was read before rendering (`readPlanPopupStart`), shown at once; the rest is read after rendering. */
  start?: PlanPopupStart;
}

/**
 * How many of the newest rejections the switcher offers at first, and how many more "Show older ones" adds.
 */
export const SWITCHER_STEP = 50;

/**
 * The plan for one rejection: feedback request, a saved win, and the next-application checklist. A rejection
 * drafted from selected text comes first, until the user confirms or cancels it.
 */
export function PlanPopup({ db, locale, initialId, start = {} }: Props) {
  const draft = useStoredValue(selectionDraft, start.draft);
  const [chosenId, setChosenId] = useState(initialId ?? start.openId);
  const [offered, setOffered] = useState(SWITCHER_STEP);
  // Only the newest few and the one asked for are read: thousands stored must not slow the opening.
  const rejections = useLiveQuery(() => newestRejections(db, offered), [db, offered], start.rejections);
  const chosen = useLiveQuery(
    async () => (chosenId === undefined ? undefined : db.rejections.get(chosenId)),
    [db, chosenId],
    start.chosen,
  );
  const [logOpen, setLogOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const newest = rejections.status === 'ready' ? rejections.value.newest : [];
  const older = chosen.status === 'ready' && chosen.value?.id === chosenId ? chosen.value : undefined;
  // The newest are read live together, so a choice among them shows at once and never from an older read.
  const shown = newest.find((rejection) => rejection.id === chosenId) ?? older ?? newest[0];

  // Holds on to the one on screen, so a rejection detected meanwhile does not replace it (and its draft).
  const shownId = shown?.id;
  useEffect(() => {
    if (shownId !== undefined) setChosenId((current) => current ?? shownId);
  }, [shownId]);

  const unviewedId = shown?.viewed === 0 ? shown.id : undefined;
  // Marked as soon as it is on screen, not after the next paint: a popup glanced at and closed at once still counts.
  // Failing to mark it only leaves it on the badge until the next opening.
  useLayoutEffect(() => {
    if (unviewedId !== undefined) send('markViewed', { id: unviewedId }).catch(() => undefined);
  }, [unviewedId]);

  function choose(id: number) {
    setChosenId(id);
    setAnnouncement('');
  }

  function openLogged(id: number) {
    choose(id);
    setLogOpen(false);
  }

  async function dismiss(rejection: Rejection) {
    const index = newest.findIndex((each) => each.id === rejection.id);
    const neighbour = newest[index + 1] ?? newest[index - 1];
    try {
      await send('dismissRejection', { key: rejection.key });
      setChosenId(neighbour?.id);
      setAnnouncement(t(isHandLogged(rejection) ? 'deleteRejectionDone' : 'notRejectionDone'));
    } catch {
      setAnnouncement(t('errorGeneric'));
    }
  }

  if (rejections.status === 'loading' || chosen.status === 'loading' || draft.status === 'loading')
    return null;
  return (
    <div class="cb-plan">
      <p class="cb-status" role="status">
        {announcement}
      </p>
      {draft.status === 'ready' && draft.value ? (
        <SelectionDraftForm key={draft.value.createdAt} draft={draft.value} onSaved={openLogged} />
      ) : rejections.status === 'failed' ? (
        <p class="cb-problem" role="alert">
          {t('errorGeneric')}
        </p>
      ) : shown ? (
        <>
          <RejectionHeader
            rejection={shown}
            choices={newest}
            more={rejections.status === 'ready' && rejections.value.more}
            locale={locale}
            logOpen={logOpen}
            onSelect={choose}
            onShowMore={() => setOffered((count) => count + SWITCHER_STEP)}
            onDismiss={() => dismiss(shown)}
            onToggleLog={() => setLogOpen((open) => !open)}
          />
          <main>
            {logOpen && (
              <LogRejectionForm autoFocus onSaved={openLogged} onCancel={() => setLogOpen(false)} />
            )}
            <TakeADay rejection={shown} locale={locale} />
            <FeedbackRequest db={db} rejection={shown} locale={locale} />
            <WinsReminder db={db} />
            {/* A fresh checklist per rejection, so a tick being saved never shows on another one. */}
            <NextChecklist key={shown.id} db={db} rejection={shown} locale={locale} />
            <ReflectionForm rejection={shown} />
            <PlanMomentum db={db} rejection={shown} locale={locale} />
          </main>
        </>
      ) : (
        <main>
          <h1>{t('popupEmptyTitle')}</h1>
          <p>{t('popupEmptyBody')}</p>
          <LogRejectionForm onSaved={openLogged} />
        </main>
      )}
      <OptionsLink />
    </div>
  );
}
