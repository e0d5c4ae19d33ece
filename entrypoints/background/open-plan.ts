import { browser } from 'wxt/browser';
import { focusPlan } from '@/storage/plan-focus';
import { toolbarAction } from './badge';

/**
 * Opens the popup page: the toolbar popup where the browser allows it without a click on the button itself,
 * otherwise the same page in a tab, with `query` saying what it is for.
 */
async function openPopupPage(query: string): Promise<void> {
  try {
    await toolbarAction().openPopup();
  } catch {
    await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?${query}` });
  }
}

/** Opens the plan for a rejection: the popup takes the focus left here, a tab reads it from its address. */
export async function openPlan(id: number): Promise<void> {
  await focusPlan(id);
  await openPopupPage(`id=${id}`);
}

/** Opens the draft made from selected text, for the user to confirm. */
export function openDraft(): Promise<void> {
  return openPopupPage('draft=1');
}
