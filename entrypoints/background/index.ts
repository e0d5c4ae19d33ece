import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '@/messaging/handle';
import { ComebackDb } from '@/storage/db';
import { refreshBadge } from './badge';
import { createHandlers } from './handlers';
import { listenForNudges } from './nudges';
import { openDraft, openPlan } from './open-plan';
import { listenForSelections } from './selection-menu';

export default defineBackground(() => {
  const db = new ComebackDb();
  const refresh = () => refreshBadge(db);
  handleMessages(createHandlers(db, { refreshBadge: refresh, openPlan }));
  listenForSelections(openDraft);
  listenForNudges(db, openPlan);
  browser.runtime.onStartup.addListener(refresh);
  void refresh();
});
