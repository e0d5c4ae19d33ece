import { useEffect, useId, useState } from 'preact/hooks';
import { send } from '@/messaging/send';
import { checklistProgress, stepLabel } from '@/plan/checklist';
import type { ComebackDb } from '@/storage/db';
import type { Rejection } from '@/storage/types';
import { t } from './i18n';
import { formatCount } from './options/numbers';
import { ReachOutNote } from './ReachOutNote';
import { SkillsLink } from './SkillsLink';

interface Props {
  db: ComebackDb;
  rejection: Rejection;
  /** The UI language, for the progress counts. */
  locale: string;
}

/** Section 3 of the plan: the rejection's own checklist; ticks are saved with it. */
export function NextChecklist({ db, rejection, locale }: Props) {
  const headingId = useId();
  const stepIdPrefix = useId();
  const [failed, setFailed] = useState(false);
  // Ticks not yet seen saved, by step: a re-render from an earlier read must not undo a tick just made.
  const [unsaved, setUnsaved] = useState<Readonly<Record<string, boolean>>>({});
  const { done, total } = checklistProgress(rejection.checklist);

  useEffect(() => {
    setUnsaved((current) => {
      const waiting = Object.entries(current).filter(([stepId, checked]) =>
        rejection.checklist.some((step) => step.id === stepId && step.done !== checked),
      );
      return waiting.length === Object.keys(current).length ? current : Object.fromEntries(waiting);
    });
  }, [rejection.checklist]);

  async function tick(stepId: string, checked: boolean) {
    setFailed(false);
    setUnsaved((current) => ({ ...current, [stepId]: checked }));
    try {
      await send('setStepDone', { id: rejection.id, stepId, done: checked });
    } catch {
      // The box goes back to its saved state.
      setUnsaved(({ [stepId]: _, ...others }) => others);
      setFailed(true);
    }
  }

  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checklistHeading')}</h2>
      <p class="cb-muted">
        {t('checklistProgress', [formatCount(done, locale), formatCount(total, locale)])}
      </p>
      <ul class="cb-checklist">
        {rejection.checklist.map((step) => {
          const boxId = `${stepIdPrefix}-${step.id}`;
          return (
            <li key={step.id}>
              <input
                id={boxId}
                type="checkbox"
                checked={unsaved[step.id] ?? step.done}
                onChange={(event) => tick(step.id, event.currentTarget.checked)}
              />
              <label for={boxId}>{stepLabel(step, t)}</label>
              {step.id === 'learnSkill' && <SkillsLink />}
              {step.id === 'reachOut' && <ReachOutNote db={db} rejection={rejection} />}
            </li>
          );
        })}
      </ul>
      <p class="cb-status" role="status">
        {failed ? t('errorGeneric') : ''}
      </p>
    </section>
  );
}
