import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import type { FrameTarget } from '@/entrypoints/background/inject-detector';
import { handleMessages } from '@/messaging/handle';
import type { Envelope } from '@/messaging/protocol';
import type { ComebackDb } from '@/storage/db';

/** What the background did beyond the database, and every message it received, in order. */
export interface BackgroundRecord {
  sent: Envelope[];
  badgeRefreshes: number;
  openedPlans: number[];
  /** Frames the detector file was added to. */
  detectorTargets: FrameTarget[];
}

/**
 * Makes `browser.runtime.sendMessage` reach the real background handlers, as in the extension: messages are
 * structured-cloned on the way in and out, and dispatched by the real `handleMessages` listener.
 * (fakeBrowser's own sendMessage does not pass on the promise a listener returns.)
 */
export function connectBackground(db: ComebackDb): BackgroundRecord {
  const record: BackgroundRecord = { sent: [], badgeRefreshes: 0, openedPlans: [], detectorTargets: [] };
  handleMessages(
    createHandlers(db, {
      async refreshBadge() {
        record.badgeRefreshes += 1;
      },
      async openPlan(id) {
        record.openedPlans.push(id);
      },
      async injectDetector(target) {
        record.detectorTargets.push(target);
      },
      readDetectorWorker: async () => {
        throw new Error('No worker in unit tests: the detector is judged beside the content script');
      },
    }),
  );
  fakeBrowser.runtime.sendMessage = (async (message: Envelope) => {
    const envelope = structuredClone(message);
    record.sent.push(envelope);
    const answers = await fakeBrowser.runtime.onMessage.trigger(envelope, {}, () => undefined);
    const answer = answers.find((each) => each !== undefined);
    return structuredClone(answer);
  }) as typeof fakeBrowser.runtime.sendMessage;
  return record;
}
