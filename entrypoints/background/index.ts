import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '@/messaging/handle';
import { ComebackDb } from '@/storage/db';
import { refreshBadge } from './badge';
import { createHandlers } from './handlers';
import { injectDetector, readDetectorWorker } from './inject-detector';
import { listenForNudges } from './nudges';
import { openDraft, openPlan } from './open-plan';
import { listenForSelections } from './selection-menu';

export default defineBackground(() => {
  const db = new ComebackDb();
  const refresh = () => refreshBadge(db);
  handleMessages(createHandlers(db, { refreshBadge: refresh, openPlan, injectDetector, readDetectorWorker }));
  listenForSelections(openDraft);
  listenForNudges(db, openPlan);
  browser.runtime.onStartup.addListener(refresh);
  // First install only: an update must not greet someone who already knows Comeback.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  void refresh();
});
