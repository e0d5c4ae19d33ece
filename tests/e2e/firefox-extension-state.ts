import type { Browser, Page } from 'puppeteer-core';
import type { SiteId } from '@/sites/registry';
import type { Rejection } from '@/storage/types';

/**
 * What the extension's own pages see of the WebExtension API in Firefox (MV2: `browserAction`, and the background
 * page's window).
 */
interface FirefoxExtensionApi {
  runtime: { getBackgroundPage(): Promise<Window> };
  browserAction: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A page of the extension open in a tab: the first-run page, which the background opens when it is installed.
 * WebDriver BiDi refuses to navigate to moz-extension:// addresses, but it runs code in a tab the extension opened
 * itself, with the extension's APIs. Puppeteer reports such a tab as about:blank, so each tab is asked where it is.
 */
export async function findExtensionPage(browser: Browser, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const protocol = await page.evaluate(() => location.protocol).catch(() => '');
      if (protocol === 'moz-extension:') return page;
    }
    await sleep(200);
  }
  throw new Error('No extension page opened: the first-run page should open in a tab on install.');
}

type StoreName = 'rejections' | 'dismissals';

/**
 * Reads a table with the background page's own IndexedDB, the database the background writes: what it really
 * stored, not what a page showed.
 */
export function readStoreThroughBackground<T = unknown>(extensionPage: Page, store: StoreName): Promise<T[]> {
  return extensionPage.evaluate(async (name) => {
    const { browser } = globalThis as unknown as { browser: FirefoxExtensionApi };
    const background = await browser.runtime.getBackgroundPage();
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const open = background.indexedDB.open('comeback');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(name)) {
          db.close();
          resolve([]);
          return;
        }
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => {
          resolve(request.result);
          db.close();
        };
        request.onerror = () => reject(request.error);
      };
    });
    // Rows belong to the background's window; JSON carries them across.
    return JSON.parse(JSON.stringify(rows)) as T[];
  }, store);
}

export const readRejectionsThroughBackground = (extensionPage: Page) =>
  readStoreThroughBackground<Rejection>(extensionPage, 'rejections');

export function badgeTextInFirefox(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(() => {
    const { browser } = globalThis as unknown as { browser: FirefoxExtensionApi };
    return browser.browserAction.getBadgeText({});
  });
}

/** Messages a site's adapter has handed over in all pages so far, as its health reports counted them. */
export function messagesReadInFirefox(extensionPage: Page, site: SiteId): Promise<number> {
  return extensionPage.evaluate(async (siteId) => {
    const { browser } = globalThis as unknown as { browser: FirefoxExtensionApi };
    const { siteHealth } = (await browser.storage.local.get('siteHealth')) as {
      siteHealth?: Record<string, { read: number }>;
    };
    return siteHealth?.[siteId]?.read ?? 0;
  }, site);
}

/**
 * The type of `globalThis[name]` where the extension's content scripts run in the tab showing `url`, asked from an
 * extension page: code it adds to a tab runs in the same sandbox as the content scripts.
 */
export function typeInContentScriptSandbox(extensionPage: Page, url: string, name: string): Promise<string> {
  return extensionPage.evaluate(
    async (pattern, global) => {
      const { browser } = globalThis as unknown as {
        browser: {
          tabs: {
            query(filter: object): Promise<{ id: number }[]>;
            executeScript(tabId: number, details: object): Promise<unknown[]>;
          };
        };
      };
      const [tab] = await browser.tabs.query({ url: pattern });
      if (!tab) throw new Error(`No tab shows ${pattern}`);
      const [type] = await browser.tabs.executeScript(tab.id, {
        code: `typeof globalThis[${JSON.stringify(global)}]`,
      });
      return String(type);
    },
    url,
    name,
  );
}
