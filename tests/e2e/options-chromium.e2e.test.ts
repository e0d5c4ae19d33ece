import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  launchWithExtension,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import { openExtensionPages, readRejections } from './extension-state';

const NOTICE = '[data-comeback-notice]';
const SITE_NAMES = ['Gmail', 'Outlook', 'LinkedIn', 'Indeed', 'Workday', 'Greenhouse'];
const SELECTION =
  'Thank you for applying for the Data Analyst role at Brightwater. After careful consideration, ' +
  'we have decided to move forward with other candidates. We wish you every success.';

async function openThread(page: Page, subject: string): Promise<void> {
  await page.goto(GMAIL_INBOX_URL);
  await page.getByRole('row').filter({ hasText: subject }).click();
  await page.locator('h2.hP').filter({ hasText: subject }).waitFor();
}

/** One key of the extension's storage, read in its service worker. */
function readStorage(browser: ExtensionBrowser, area: 'local' | 'session', key: string): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async ([area, key]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: Record<string, { get(key: string): Promise<Record<string, unknown>> }> };
      };
      return (await chrome.storage[area]?.get(key))?.[key] ?? null;
    },
    [area, key] as const,
  );
}

describe('Options page, site switches and logging selected text, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let gmail: Page;
  let options: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    await serveAsGmail(browser.context);
    gmail = await browser.context.newPage();
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const gmailSwitch = () => options.getByRole('switch', { name: 'Gmail' });

  it('lists every site with its switch on, none seen yet', async () => {
    await options.getByRole('heading', { level: 1, name: 'Comeback settings' }).waitFor();
    await options.getByRole('tab', { name: 'Sites', selected: true }).waitFor();
    for (const name of SITE_NAMES) {
      expect(await options.getByRole('switch', { name }).getAttribute('aria-checked'), name).toBe('true');
    }
    await options.getByText('Gmail: not seen yet').waitFor();
  });

  it('reads nothing in Gmail while it is switched off, and reads again once it is back on', async () => {
    await gmailSwitch().click();
    await expect.poll(() => readStorage(browser, 'local', 'siteSwitches')).toEqual({ gmail: false });
    expect(await gmailSwitch().getAttribute('aria-checked')).toBe('false');

    await openThread(gmail, 'Your application for Senior Product Designer');
    await gmail.getByRole('link', { name: 'Back to Inbox' }).click();

    await gmailSwitch().click();
    await expect.poll(() => readStorage(browser, 'local', 'siteSwitches')).toEqual({ gmail: true });

    // Proof the switch held: had the Lumenfield message been read, it would be stored before this later one.
    await openThread(gmail, 'Frontend Engineer interview at Harbor & Pine');
    await gmail.getByText('Thanks again for your time last week…').click();
    await gmail.locator(`${NOTICE} >> text=Harbor & Pine`).waitFor();
    expect((await readRejections(browser.serviceWorker)).map((rejection) => rejection.company)).toEqual([
      'Harbor & Pine',
    ]);
    expect(await gmail.locator(`${NOTICE} >> text=Lumenfield`).count()).toBe(0);
  });

  it('shows Gmail as working once a message was read there', async () => {
    await options.getByText('Gmail: working').waitFor({ timeout: 30_000 });
    await options.getByText(/^Messages read: [1-9]\d* · missed: 0$/).waitFor();
    await options.getByText('Outlook: not seen yet').waitFor();
  });

  it('drafts a rejection from selected text, and logs it once the user confirms', async () => {
    // The menu item exists (updating an unknown item fails), and a click on it reaches the background.
    await browser.serviceWorker.evaluate(
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
      ['comeback-log-selection', SELECTION] as const,
    );
    await expect
      .poll(() => readStorage(browser, 'session', 'selectionDraft'))
      .toMatchObject({
        company: 'Brightwater',
        looksLikeRejection: true,
      });
    await expect
      .poll(async () => (await openExtensionPages(browser.serviceWorker)).join(' '))
      .toMatch(/popup\.html/);
    expect((await readRejections(browser.serviceWorker)).map((rejection) => rejection.company)).toEqual([
      'Harbor & Pine',
    ]);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?draft=1`);
    await popup.getByRole('heading', { level: 1, name: 'Log this as a rejection?' }).waitFor();
    await popup
      .getByText('This reads like a no from Brightwater. Check the details below, then log it.')
      .waitFor();
    expect(await popup.getByLabel('Company').inputValue()).toBe('Brightwater');
    expect(await popup.getByLabel('Role (optional)').inputValue()).toBe('Data Analyst');
    expect(await popup.getByLabel('Note (optional)').inputValue()).toMatch(
      /move forward with other candidates/,
    );

    await popup.getByRole('button', { name: 'Log it' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Data Analyst at Brightwater' }).waitFor();
    const logged = (await readRejections(browser.serviceWorker)).find(
      (rejection) => rejection.source === 'selection',
    );
    expect(logged).toMatchObject({ company: 'Brightwater', role: 'Data Analyst' });
    expect(await readStorage(browser, 'session', 'selectionDraft')).toBeNull();

    await popup.getByRole('link', { name: 'Settings and sites' }).waitFor();
  });
});
