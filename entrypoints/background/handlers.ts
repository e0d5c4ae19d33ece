import { noticeWords } from '@/components/notice/words';
import type { Handlers } from '@/messaging/handle';
import { checklistForNewRejection } from '@/storage/checklist-steps';
import { forgetCorrection } from '@/storage/corrections';
import type { ComebackDb } from '@/storage/db';
import { selectionDraft } from '@/storage/draft';
import { recordHealth } from '@/storage/health';
import { addManual, addReported, dismiss, markViewed, setStepDone } from '@/storage/rejections';
import { setSiteOn } from '@/storage/settings';
import { addWin, markWinShown } from '@/storage/wins';
import { dataHandlers } from './data-handlers';
import type { FrameTarget } from './inject-detector';
import { journeyHandlers } from './journey-handlers';
import { pauseFeedbackReflectionHandlers } from './pause-feedback-reflection-handlers';
import { preferencesHandlers } from './preferences-handlers';
import { statusHandlers } from './status-handlers';
import { sayWhenStorageIsFull } from './storage-full';
import { winsMomentumHandlers } from './wins-momentum-handlers';

/** What the handlers do to the browser beyond the database, passed in so tests can watch it. */
export interface Effects {
  refreshBadge(): Promise<void>;
  openPlan(id: number): Promise<void>;
  injectDetector(target: FrameTarget): Promise<void>;
  /** The code of the detector's worker, as packaged. */
  readDetectorWorker(): Promise<string>;
}

/**
 * The background's answers to every protocol message. Writes that change the unviewed count refresh the badge; a
 * write refused because storage is full is answered with `STORAGE_FULL`.
 */
export function createHandlers(db: ComebackDb, effects: Effects): Handlers {
  return sayWhenStorageIsFull({
    async reportRejection(report) {
      const outcome = await addReported(db, report, Date.now(), await checklistForNewRejection());
      if (outcome.status !== 'added') return outcome;
      await effects.refreshBadge();
      return { ...outcome, words: noticeWords({ company: report.company }) };
    },
    async logManualRejection(manual) {
      const id = await addManual(db, manual, Date.now(), await checklistForNewRejection());
      if (manual.source === 'selection') await selectionDraft.removeValue();
      return { id };
    },
    async discardDraft() {
      await selectionDraft.removeValue();
      return null;
    },
    async dismissRejection({ key }) {
      await dismiss(db, key);
      await effects.refreshBadge();
      return null;
    },
    async forgetCorrection({ key }) {
      await forgetCorrection(db, key);
      return null;
    },
    async markViewed({ id }) {
      await markViewed(db, id);
      await effects.refreshBadge();
      return null;
    },
    async setStepDone({ id, stepId, done }) {
      await setStepDone(db, id, stepId, done);
      return null;
    },
    async addWin({ text }) {
      return { id: await addWin(db, text) };
    },
    async markWinShown({ id }) {
      await markWinShown(db, id);
      return null;
    },
    async noticeWords(about) {
      return noticeWords(about);
    },
    async openPlan({ id }) {
      await effects.openPlan(id);
      return null;
    },
    async loadDetector(_, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('Only a page can be given the detector');
      await effects.injectDetector({ tabId, frameId: sender.frameId ?? 0 });
      return null;
    },
    async detectorWorkerSource() {
      return { source: await effects.readDetectorWorker() };
    },
    async reportHealth({ site, ...delta }) {
      await recordHealth(site, delta);
      return null;
    },
    async setSiteOn({ site, on }) {
      await setSiteOn(site, on);
      return null;
    },
    ...journeyHandlers(db),
    ...dataHandlers(db, effects),
    ...pauseFeedbackReflectionHandlers(db),
    ...winsMomentumHandlers(db),
    ...preferencesHandlers(),
    ...statusHandlers(db),
  });
}
