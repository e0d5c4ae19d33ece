import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  launchWithExtension,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import { HEALTH_POLL, messagesRead, openExtensionPages, readRejections, readWins } from './extension-state';
import { NOTICE, openThread } from './gmail-page';
import {
  FROM_SERVICE_WORKER,
  recordRequests,
  type SeenRequest,
  unexpectedRequests,
} from './requests-chromium';

const GMAIL = 'https://mail.google.com/';

/** Tries to reach `url` from wherever it runs; answers how it went. */
async function tryFetch(url: string): Promise<string> {
  try {
    return `answered ${(await fetch(url)).status}`;
  } catch (error) {
    return `refused: ${error}`;
  }
}

describe('Privacy in real Chromium: no request beyond the pages the user opens', () => {
  let browser: ExtensionBrowser;
  let seen: SeenRequest[];
  const extensionPage = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  };
  const unexpected = () => unexpectedRequests(seen, browser.extensionId, GMAIL);

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    seen = await recordRequests(browser.context);
    await serveAsGmail(browser.context);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('hears what a page asks for, even of the site it is on, and what extension pages load', async () => {
    const gmail = await browser.context.newPage();
    await gmail.goto(GMAIL_INBOX_URL);
    expect(await gmail.evaluate(tryFetch, `${GMAIL}mail/u/0/sync`)).toBe('answered 200');
    expect(await gmail.evaluate(tryFetch, 'https://tracker.example/pixel')).toMatch(/^refused/);
    expect(unexpected().map(({ url, type }) => `${type} ${url}`)).toEqual([
      `fetch ${GMAIL}mail/u/0/sync`,
      'fetch https://tracker.example/pixel',
    ]);
    const popup = await extensionPage('popup.html');
    await popup.getByRole('heading', { level: 1 }).first().waitFor();
    expect(seen.some(({ from, type }) => from.endsWith('/popup.html') && type === 'script')).toBe(true);
    await Promise.all([popup.close(), gmail.close()]);
    seen.length = 0;
  });

  it("refuses, by the manifest's policy, any connection or remote script from the worker and the pages", async () => {
    const worker = await browser.serviceWorker.evaluate(tryFetch, `${GMAIL}from-the-worker`);
    expect(worker).toMatch(/^refused/);
    const popup = await extensionPage('popup.html');
    expect(await popup.evaluate(tryFetch, `${GMAIL}from-the-popup`)).toMatch(/^refused/);
    const blocked = await popup.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
            once: true,
          });
          const script = document.createElement('script');
          script.src = src;
          document.head.append(script);
        }),
      `${GMAIL}remote.js`,
    );
    expect(blocked).toBe('script-src-elem');
    await popup.close();
    // Refused by the policy before the network was asked: the served Gmail address would have answered.
    await expect
      .poll(() =>
        seen.filter(({ url }) => url.startsWith(GMAIL)).map(({ url, failure }) => `${url} ${failure}`),
      )
      .toEqual([`${GMAIL}remote.js csp`]);
    seen.length = 0;
  });

  it('a whole session asks for nothing but the Gmail pages opened: mail, notice, popup, every settings section, export', async () => {
    const mail = await browser.context.newPage();
    const read = () => messagesRead(browser.serviceWorker, 'gmail');
    const readBefore = await read();
    // Read, as a user reads it, before the next one opens.
    await openThread(mail, 'Thank you for applying to Northwind Labs');
    await expect.poll(read, HEALTH_POLL).toBe(readBefore + 1);
    await openThread(mail, 'Your application for Senior Product Designer');
    await expect.poll(() => readRejections(browser.serviceWorker)).toHaveLength(1);
    await mail.locator(`${NOTICE} >> role=button[name="Open my plan"]`).click();
    await expect
      .poll(async () => (await openExtensionPages(browser.serviceWorker)).join(' '))
      .toMatch(/popup\.html/);

    const popup = await extensionPage('popup.html');
    await popup.getByRole('heading', { level: 1, name: 'Senior Product Designer at Lumenfield' }).waitFor();
    await popup.getByLabel('A win to remember').fill('Led the redesign of the onboarding flow');
    await popup.getByRole('button', { name: 'Save win' }).click();
    await expect.poll(async () => (await readWins(browser.serviceWorker)).length).toBe(1);
    await popup.getByRole('checkbox', { name: 'Update your resume' }).check();

    const options = await extensionPage('options.html');
    const tabs = options.getByRole('tab');
    await tabs.first().waitFor();
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let index = 0; index < count; index += 1) {
      await tabs.nth(index).click();
      await expect.poll(() => tabs.nth(index).getAttribute('aria-selected')).toBe('true');
    }
    await options.getByRole('tab', { name: 'Your data' }).click();
    for (const name of ['Download everything (JSON)', 'Download the log (CSV)']) {
      const download = options.waitForEvent('download');
      await options.getByRole('button', { name }).click();
      expect((await download).suggestedFilename()).toMatch(/^comeback-/);
    }
    // The content script's health counts have reached the background: its messages were part of the session.
    await expect.poll(read, HEALTH_POLL).toBe(readBefore + 2);

    expect(unexpected()).toEqual([]);
    // What was heard: the Gmail pages opened and the extension pages' own files, worker included if it asked.
    expect(seen.some(({ type, url }) => type === 'document' && url.startsWith(GMAIL))).toBe(true);
    for (const page of ['popup.html', 'options.html'])
      expect(
        seen.some(({ from }) => from.endsWith(page)),
        page,
      ).toBe(true);
    expect(seen.filter(({ from }) => from === FROM_SERVICE_WORKER)).toEqual([]);
  });
});
