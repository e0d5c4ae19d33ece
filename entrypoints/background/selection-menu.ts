import { type Browser, browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { selectionDraft } from '@/storage/draft';
import { draftFromSelection } from './selection-draft';

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
 * (Firefox needs that); the popup picks the draft up as soon as it is saved.
 */
export async function logSelection(
  info: Browser.contextMenus.OnClickData,
  openDraft: () => Promise<void>,
  now = Date.now(),
): Promise<void> {
  const text = info.selectionText?.trim();
  if (info.menuItemId !== LOG_SELECTION_MENU_ID || !text) return;
  const draft = draftFromSelection(text, now);
  await Promise.all([openDraft(), selectionDraft.setValue(draft)]);
}

/**
 * Creates the menu when the extension is installed or the browser starts, and answers its clicks. A draft left
 * from an earlier browser session (where drafts fall back to local storage) is dropped at startup.
 */
export function listenForSelections(openDraft: () => Promise<void>): void {
  const warn = (error: unknown) => console.debug('Comeback could not log the selection', error);
  browser.runtime.onInstalled.addListener(() => createSelectionMenu().catch(warn));
  browser.runtime.onStartup.addListener(() => {
    createSelectionMenu().catch(warn);
    selectionDraft.removeValue().catch(warn);
  });
  browser.contextMenus.onClicked.addListener((info) => logSelection(info, openDraft).catch(warn));
}
