import { browser } from 'wxt/browser';
import type { ComebackDb } from '@/storage/db';
import { countUnviewed } from '@/storage/rejections';

/** Firefox MV2 names the toolbar button `browserAction`; MV3 browsers name it `action`. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Shows how many rejections the user has not looked at yet; an empty badge when there are none. */
export async function refreshBadge(db: ComebackDb): Promise<void> {
  const unviewed = await countUnviewed(db);
  const action = toolbarAction();
  await action.setBadgeBackgroundColor({ color: '#B4532A' });
  await action.setBadgeText({ text: unviewed > 0 ? String(unviewed) : '' });
}
