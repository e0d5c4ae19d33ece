import { type Browser, browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { selectionDraft } from '@/storage/draft';
import { draftFromSelection } from './selection-draft';
import { readSelection } from './selection-read';

export const LOG_SELECTION_MENU_ID = 'comeback-log-selection';

/** Adds "Log as a rejection" to the menu of selected text, replacing an earlier copy so a restart adds no twin. */
export async function createSelectionMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: LOG_SELECTION_MENU_ID,
    title: t('menuLogSelection'),
    contexts: ['selection'],
  });
}

/**
 * "Log as a rejection" on selected text: prefill a draft from it and open it for the user to confirm. Nothing is
 * logged until they do. The popup is asked for at once, while the click still counts as the user's gesture
 * (Firefox needs that); the popup picks the draft up as soon as it is saved, once the selection was read whole.
 */
export async function logSelection(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  openDraft: () => Promise<void>,
  now = Date.now(),
): Promise<void> {
  if (info.menuItemId !== LOG_SELECTION_MENU_ID || !info.selectionText?.trim()) return;
  const saveDraft = async () => {
    const text = (await readSelection(info, tab)).trim();
    await selectionDraft.setValue(draftFromSelection({ text, pageUrl: info.pageUrl }, now));
  };
  await Promise.all([openDraft(), saveDraft()]);
}

/**
 * Creates the menu each time the background starts (the browser may have dropped it, e.g. when the extension was
 * disabled and enabled again), and answers its clicks. A draft left from an earlier browser session (where drafts
 * fall back to local storage) is dropped at startup. A browser without context menus (Firefox for Android) simply
 * goes without the item.
 */
export function listenForSelections(openDraft: () => Promise<void>): void {
  const warn = (error: unknown) => console.debug('Comeback could not log the selection', error);
  browser.runtime.onStartup.addListener(() => selectionDraft.removeValue().catch(warn));
  if (!browser.contextMenus) return;
  createSelectionMenu().catch(warn);
  browser.contextMenus.onClicked.addListener((info, tab) => logSelection(info, tab, openDraft).catch(warn));
}
