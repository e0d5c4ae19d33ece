import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  launchWithExtension,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import { HEALTH_POLL, messagesRead, readRejections } from './extension-state';
import { NOTICE } from './gmail-page';

const TABS = 4;

/** Whether the extension's database keeps rejections unique by message key: the index itself, as stored. */
function keyIndexIsUnique(browser: ExtensionBrowser): Promise<boolean> {
  return browser.serviceWorker.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('comeback');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          resolve(db.transaction('rejections').objectStore('rejections').index('key').unique);
          db.close();
        };
      }),
  );
}

describe('The same message open in several tabs at once, in real Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    await serveAsGmail(browser.context);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is stored once, by the unique index on its key, and offers one notice', async () => {
    const tabs = await Promise.all(Array.from({ length: TABS }, () => browser.context.newPage()));
    await Promise.all(tabs.map((tab) => tab.goto(GMAIL_INBOX_URL)));
    // Every tab opens the rejection in the same moment, so their reports reach the background together.
    await Promise.all(
      tabs.map((tab) =>
        tab.evaluate(() => {
          location.hash = '#inbox/thread-lumenfield';
        }),
      ),
    );
    await expect.poll(() => messagesRead(browser.serviceWorker, 'gmail'), HEALTH_POLL).toBe(TABS);

    const stored = await readRejections(browser.serviceWorker);
    expect(stored.map((rejection) => rejection.key)).toEqual(['gmail:msg-f:1850318244010000001']);
    expect(await keyIndexIsUnique(browser)).toBe(true);
    const notices = await Promise.all(tabs.map((tab) => tab.locator(NOTICE).count()));
    expect(notices.reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  it('offers no notice in another tab that opens the message once it is stored', async () => {
    const later = await browser.context.newPage();
    await later.goto(GMAIL_INBOX_URL);
    await later.evaluate(() => {
      location.hash = '#inbox/thread-lumenfield';
    });
    // Counted once the message was handed over and its report answered as already known.
    await expect.poll(() => messagesRead(browser.serviceWorker, 'gmail'), HEALTH_POLL).toBe(TABS + 1);
    expect(await later.locator(NOTICE).count()).toBe(0);
    expect(await readRejections(browser.serviceWorker)).toHaveLength(1);
  });
});
