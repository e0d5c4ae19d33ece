import { browser } from 'wxt/browser';
import { toolbarAction } from './badge';

/**
 * Opens the plan for a rejection: the toolbar popup where the browser allows it without a click on the
 * button itself, otherwise the same page in a tab.
 */
export async function openPlan(id: number): Promise<void> {
  try {
    await toolbarAction().openPopup();
  } catch {
    await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?id=${id}` });
  }
}
