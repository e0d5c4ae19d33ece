import type { Page, Worker } from 'playwright-core';
import type { Answer, MessageType, Payload } from '@/messaging/protocol';
import type { SiteId } from '@/sites/registry';
import type { Application, Rejection, Win } from '@/storage/types';

type StoreName = 'rejections' | 'wins' | 'dismissals' | 'applications';

/** Reads a table straight from the extension's IndexedDB, inside its service worker: what is really stored. */
export function readStore<T = unknown>(serviceWorker: Worker, store: StoreName): Promise<T[]> {
  return serviceWorker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('comeback');
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
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

export const readRejections = (serviceWorker: Worker) => readStore<Rejection>(serviceWorker, 'rejections');
export const readWins = (serviceWorker: Worker) => readStore<Win>(serviceWorker, 'wins');
export const readApplications = (serviceWorker: Worker) =>
  readStore<Application>(serviceWorker, 'applications');

export function badgeText(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { action: { getBadgeText(details: object): Promise<string> } };
    };
    return chrome.action.getBadgeText({});
  });
}

/** Addresses of the extension pages open right now: the toolbar popup and any tab showing an extension page. */
export function openExtensionPages(serviceWorker: Worker): Promise<string[]> {
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string }[]> };
      };
    };
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] });
    return contexts.map((context) => `${context.contextType} ${context.documentUrl ?? ''}`);
  });
}

/** Health counts reach the background in batches, one every 5 s per page (`HEALTH_REPORT_MS` in `sites/run.ts`). */
export const HEALTH_POLL = { timeout: 15_000 };

/**
 * Messages a site's adapter has handed over in all pages so far, as its health reports counted them: proof that a
 * page really read a message, whatever it then stored.
 */
export function messagesRead(serviceWorker: Worker, site: SiteId): Promise<number> {
  return serviceWorker.evaluate(async (siteId) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const { siteHealth } = (await chrome.storage.local.get('siteHealth')) as {
      siteHealth?: Record<string, { read: number }>;
    };
    return siteHealth?.[siteId]?.read ?? 0;
  }, site);
}

/** Sends a protocol message from an extension page, as the popup or options page would. */
export function sendFrom<T extends MessageType>(
  page: Page,
  type: T,
  payload: Payload<T>,
): Promise<Answer<T>> {
  return page.evaluate(
    ([type, payload]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({ type, payload });
    },
    [type, payload] as const,
  ) as Promise<Answer<T>>;
}

/** One key of the extension's local storage, read in its service worker. */
export function readLocal<T = unknown>(serviceWorker: Worker, key: string): Promise<T | undefined> {
  return serviceWorker.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get(key))[key];
  }, key) as Promise<T | undefined>;
}

/**
 * The type of `globalThis[name]` in the extension's isolated world of `page`'s main frame (where its content
 * scripts run), through the DevTools protocol; `null` while no content script of the extension runs there.
 */
export async function typeInContentScriptWorld(
  page: Page,
  extensionId: string,
  name: string,
): Promise<string | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    // Enabling reports every context that exists already.
    await session.send('Runtime.enable');
    const world = worlds.find(
      (each) => each.origin === `chrome-extension://${extensionId}` && each.auxData?.type === 'isolated',
    );
    if (!world) return null;
    const { result } = await session.send('Runtime.evaluate', {
      expression: `typeof globalThis[${JSON.stringify(name)}]`,
      contextId: world.id,
    });
    return result.value as string;
  } finally {
    await session.detach();
  }
}

/**
 * Chooses "Log as a rejection" on `selectionText`, as the browser's context menu would: the menu item must exist
 * (updating an unknown item fails), and its click reaches the background.
 */
export function logSelectionFromMenu(serviceWorker: Worker, selectionText: string): Promise<void> {
  return serviceWorker.evaluate(
    async ([id, selectionText]) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          contextMenus: {
            update(id: string, properties: object): Promise<void>;
            onClicked: { dispatch(info: object, tab?: object): void };
          };
        };
      };
      await chrome.contextMenus.update(id, {});
      chrome.contextMenus.onClicked.dispatch({ menuItemId: id, selectionText, editable: false });
    },
    ['comeback-log-selection', selectionText] as const,
  );
}
