import { useId, useRef, useState } from 'preact/hooks';
import { send } from '@/messaging/send';
import { distinctSkills } from '@/storage/reflection';
import type { Rejection } from '@/storage/types';
import { type MessageKey, t } from './i18n';
import { RatingGroup } from './RatingGroup';

const FIT_LABELS: readonly MessageKey[] = ['rating_1', 'rating_2', 'rating_3', 'rating_4', 'rating_5'];
const ENERGY_LABELS: readonly MessageKey[] = ['energy_1', 'energy_2', 'energy_3', 'energy_4', 'energy_5'];

/** A short, honest reflection on one rejection, folded away until the user opens it. */
export function ReflectionForm({ rejection }: { rejection: Rejection }) {
  // A fresh form per rejection, starting from what was saved for it.
  return <ReflectionDraft key={rejection.id} rejection={rejection} />;
}

function ReflectionDraft({ rejection }: { rejection: Rejection }) {
  const skillId = useId();
  const notesId = useId();
  const skillField = useRef<HTMLInputElement>(null);
  const saved = rejection.reflection;
  const [prepared, setPrepared] = useState(saved?.prepared);
  const [answersFit, setAnswersFit] = useState(saved?.answersFit);
  const [energy, setEnergy] = useState(saved?.energy);
  const [skills, setSkills] = useState(saved?.missingSkills ?? []);
  const [skillDraft, setSkillDraft] = useState('');
  const [notes, setNotes] = useState(saved?.notes ?? '');
  const [status, setStatus] = useState('');

  function addSkill() {
    setSkills((current) => distinctSkills([...current, skillDraft]));
    setSkillDraft('');
    setStatus('');
  }

  function removeSkill(name: string) {
    setSkills((current) => current.filter((skill) => skill !== name));
    setStatus('');
    // The chip and its button are gone: keep the keyboard user's place.
    skillField.current?.focus();
  }

  async function save(event: Event) {
    event.preventDefault();
    // A skill typed but not yet added counts too.
    const missingSkills = distinctSkills([...skills, skillDraft]);
    try {
      await send('saveReflection', {
        id: rejection.id,
        reflection: { prepared, answersFit, energy, missingSkills, notes },
      });
      setSkills(missingSkills);
      setSkillDraft('');
      setStatus(t('reflectionSaved'));
    } catch {
      setStatus(t('errorGeneric'));
    }
  }

  return (
    <details class="cb-section cb-reflection">
      <summary>{t('reflectionSummary')}</summary>
      <form onSubmit={save}>
        <p class="cb-muted">{t('reflectionIntro')}</p>
        <RatingGroup
          legend={t('reflectionPrepared')}
          labels={FIT_LABELS}
          value={prepared}
          onChange={setPrepared}
        />
        <RatingGroup
          legend={t('reflectionAnswersFit')}
          labels={FIT_LABELS}
          value={answersFit}
          onChange={setAnswersFit}
        />
        <RatingGroup
          legend={t('reflectionEnergy')}
          labels={ENERGY_LABELS}
          value={energy}
          onChange={setEnergy}
        />
        <div class="cb-field">
          <label for={skillId}>{t('reflectionSkillLabel')}</label>
          <div class="cb-row">
            <input
              id={skillId}
              ref={skillField}
              type="text"
              placeholder={t('reflectionSkillPlaceholder')}
              value={skillDraft}
              onInput={(event) => setSkillDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                // Enter adds the skill rather than saving the whole reflection.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                addSkill();
              }}
            />
            <button type="button" class="cb-secondary" onClick={addSkill} disabled={!skillDraft.trim()}>
              {t('reflectionSkillAdd')}
            </button>
          </div>
          {skills.length > 0 && (
            <ul class="cb-chips" aria-label={t('reflectionSkillsLabel')}>
              {skills.map((skill) => (
                <li key={skill} class="cb-chip">
                  <span>{skill}</span>
                  <button
                    type="button"
                    aria-label={t('reflectionSkillRemove', skill)}
                    onClick={() => removeSkill(skill)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div class="cb-field">
          <label for={notesId}>{t('reflectionNotes')}</label>
          <textarea
            id={notesId}
            rows={3}
            value={notes}
            onInput={(event) => setNotes(event.currentTarget.value)}
          />
        </div>
        <div class="cb-actions">
          <button type="submit">{t('reflectionSave')}</button>
        </div>
        <p class="cb-status" role="status">
          {status}
        </p>
      </form>
    </details>
  );
}
