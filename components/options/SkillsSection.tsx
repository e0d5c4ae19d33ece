import { useId, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { LoadFailed } from '@/components/LoadFailed';
import { useLiveQuery } from '@/components/use-live-query';
import { send } from '@/messaging/send';
import { formatDay } from '@/plan/describe';
import { listSkills } from '@/storage/skills';
import { optionsDb, pageLocale } from './page-context';

/** The skills to learn, gathered from reflections: each one ticked off once learned. */
export function SkillsSection() {
  const db = optionsDb();
  const locale = pageLocale();
  const idPrefix = useId();
  const skills = useLiveQuery(() => listSkills(db), [db]);
  const [failed, setFailed] = useState(false);

  async function mark(key: string, learned: boolean) {
    setFailed(false);
    try {
      await send('setSkillLearned', { key, learned });
    } catch {
      // Re-rendering puts the box back to its saved state.
      setFailed(true);
    }
  }

  if (skills.status === 'loading') return null;
  if (skills.status === 'failed') {
    return <LoadFailed />;
  }
  return (
    <>
      <p class="cb-muted">{t('skillsIntro')}</p>
      {skills.value.length === 0 ? (
        <p>{t('skillsEmpty')}</p>
      ) : (
        <ul class="cb-checklist cb-skills">
          {skills.value.map((skill, index) => {
            const boxId = `${idPrefix}-${index}`;
            return (
              <li key={skill.key}>
                <input
                  id={boxId}
                  type="checkbox"
                  checked={skill.learnedAt !== undefined}
                  onChange={(event) => mark(skill.key, event.currentTarget.checked)}
                />
                <label for={boxId}>{skill.name}</label>
                {skill.learnedAt !== undefined && (
                  <span class="cb-muted cb-small">
                    {t('skillsLearnedOn', formatDay(skill.learnedAt, locale))}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p class="cb-problem" role="alert">
        {failed && t('errorGeneric')}
      </p>
    </>
  );
}
