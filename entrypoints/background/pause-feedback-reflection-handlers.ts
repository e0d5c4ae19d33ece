import type { Handlers } from '@/messaging/handle';
import type { ComebackDb } from '@/storage/db';
import { cancelFollowUp, markFeedbackAsked, recordFeedbackReply } from '@/storage/feedback-log';
import { endPause, startPause } from '@/storage/pause';
import { PAUSE_MS, readPreferences, updatePreferences } from '@/storage/preferences';
import { saveReflection } from '@/storage/reflection';
import { setSkillLearned } from '@/storage/skills';
import { resetTemplate, saveTemplate } from '@/storage/templates';
import { planNudge } from './nudges';

type PartHandlers = Pick<
  Handlers,
  | 'takePause'
  | 'endPause'
  | 'setPauseDefault'
  | 'markFeedbackAsked'
  | 'recordFeedbackReply'
  | 'cancelFollowUp'
  | 'saveTemplate'
  | 'resetTemplate'
  | 'saveReflection'
  | 'setSkillLearned'
>;

/** Time to feel it, feedback that gets answers, honest reflection. Each change to a nudge re-plans its alarm. */
export function pauseFeedbackReflectionHandlers(db: ComebackDb): PartHandlers {
  return {
    async takePause({ id, length }) {
      const { until } = await startPause(db, id, length);
      await planNudge(db, 'pause', id);
      return { until };
    },
    async endPause({ id }) {
      await endPause(db, id);
      await planNudge(db, 'pause', id);
      return null;
    },
    async setPauseDefault({ length }) {
      if (!Object.hasOwn(PAUSE_MS, length)) throw new Error(`Unknown pause length: ${length}`);
      await updatePreferences({ pauseDefault: length });
      return null;
    },
    async markFeedbackAsked({ id, templateId }) {
      const { followUpDays } = await readPreferences();
      await markFeedbackAsked(db, id, templateId, followUpDays);
      await planNudge(db, 'followUp', id);
      return null;
    },
    async recordFeedbackReply({ id, repliedAt, reply }) {
      await recordFeedbackReply(db, id, repliedAt, reply);
      await planNudge(db, 'followUp', id);
      return null;
    },
    async cancelFollowUp({ id }) {
      await cancelFollowUp(db, id);
      await planNudge(db, 'followUp', id);
      return null;
    },
    async saveTemplate({ kind, subject, body }) {
      await saveTemplate(db, kind, { subject, body });
      return null;
    },
    async resetTemplate({ kind }) {
      await resetTemplate(db, kind);
      return null;
    },
    async saveReflection({ id, reflection }) {
      await saveReflection(db, id, reflection);
      return null;
    },
    async setSkillLearned({ key, learned }) {
      await setSkillLearned(db, key, learned);
      return null;
    },
  };
}
