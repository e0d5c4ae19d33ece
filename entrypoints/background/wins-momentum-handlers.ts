import type { Handlers } from '@/messaging/handle';
import { logApplication } from '@/storage/applications';
import { cleanSteps } from '@/storage/checklist-steps';
import type { ComebackDb } from '@/storage/db';
import { cleanMentor } from '@/storage/mentor';
import { updatePreferences } from '@/storage/preferences';
import { addWins, deleteWin, restoreWin, updateWin } from '@/storage/wins';

type PartHandlers = Pick<
  Handlers,
  'addWins' | 'updateWin' | 'deleteWin' | 'restoreWin' | 'setMentor' | 'setChecklistSteps' | 'logApplication'
>;

/** Confidence back and momentum: the wins manager, a mentor, the default checklist, "I applied again". */
export function winsMomentumHandlers(db: ComebackDb): PartHandlers {
  return {
    async addWins({ texts }) {
      return { ids: await addWins(db, texts) };
    },
    async updateWin({ id, ...changes }) {
      await updateWin(db, id, changes);
      return null;
    },
    async deleteWin({ id }) {
      return { win: (await deleteWin(db, id)) ?? null };
    },
    async restoreWin({ win }) {
      await restoreWin(db, win);
      return null;
    },
    async setMentor({ mentor }) {
      await updatePreferences({ mentor: cleanMentor(mentor) });
      return null;
    },
    async setChecklistSteps({ steps }) {
      await updatePreferences({ checklistSteps: cleanSteps(steps) });
      return null;
    },
    async logApplication(application) {
      return { id: await logApplication(db, application) };
    },
  };
}
