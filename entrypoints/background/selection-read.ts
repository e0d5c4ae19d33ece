import { type Browser, browser } from 'wxt/browser';

/** Run in the clicked frame: the selection as the page holds it, line breaks and all. */
function selectedText(): string {
  return getSelection()?.toString() ?? '';
}

/** The same, as code for Manifest V2's `tabs.executeScript`, which takes no function. */
const SELECTED_TEXT_CODE = 'String(getSelection() ?? "")';

/**
 * The text the user selected before choosing "Log as a rejection". Chrome's `selectionText` folds line breaks into
 * spaces, and the detector needs them to find a signature (the recruiter, the company under their name), so the
 * selection is read again from the frame it was made in: `scripting` in Manifest V3 (Chrome), `tabs.executeScript`
 * in Manifest V2 (Firefox), both allowed by `activeTab` after the click. Where no script may run (a PDF viewer,
 * the browser's own pages), or the frame holds no selection any more, `selectionText` is all there is.
 */
export async function readSelection(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  manifestVersion: number = import.meta.env.MANIFEST_VERSION,
): Promise<string> {
  const fallback = info.selectionText ?? '';
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return fallback;
  const frameId = info.frameId ?? 0;
  try {
    const results: unknown[] =
      manifestVersion === 2
        ? ((await browser.tabs.executeScript(tabId, { code: SELECTED_TEXT_CODE, frameId })) ?? [])
        : (
            await browser.scripting.executeScript({
              target: { tabId, frameIds: [frameId] },
              func: selectedText,
            })
          ).map((injection) => injection.result);
    const [result] = results;
    return typeof result === 'string' && result.trim() ? result : fallback;
  } catch (error) {
    console.debug('Comeback read the selection as the menu gave it', error);
    return fallback;
  }
}
