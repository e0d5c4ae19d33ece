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
/**
 * A page with a signed rejection on it, at an address the extension may reach (the Gmail pattern): there, as in any
 * tab where the user chose the menu item (`activeTab`), the background may read the selection back from the page.
 */
const SELECTION_PAGE = 'https://mail.google.com/comeback-test/selected-text';
const SELECTION_HTML = `<!doctype html><meta charset="utf-8"><title>A message</title><article>
<p>Hi Alex,</p>
<p>Thank you for interviewing with us for the Staff Data Engineer position.</p>
<p>After much deliberation, we've decided not to proceed with your candidacy at this time.</p>
<p>Kind regards,<br>Marcus Chen<br>Senior Technical Recruiter at Globex</p>
</article>`;

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
    await browser.context.route(SELECTION_PAGE, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SELECTION_HTML }),
    );
    const page = await browser.context.newPage();
    await page.goto(SELECTION_PAGE);
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('article') as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    });
    expect(selected).toContain('\nMarcus Chen\n');

    // The menu item exists (updating an unknown item fails), and a click on it reaches the background with the
    // selection as Chrome's menu hands it over: every line break folded into a space.
    await browser.serviceWorker.evaluate(
      async ([id, pageUrl, selectionText]) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: { query(filter: object): Promise<{ id?: number }[]> };
            contextMenus: {
              update(id: string, properties: object): Promise<void>;
              onClicked: { dispatch(info: object, tab?: object): void };
            };
          };
        };
        const [tab] = await chrome.tabs.query({ url: pageUrl });
        await chrome.contextMenus.update(id, {});
        chrome.contextMenus.onClicked.dispatch(
          { menuItemId: id, selectionText, editable: false, frameId: 0, pageUrl },
          tab,
        );
      },
      ['comeback-log-selection', SELECTION_PAGE, selected.replace(/\s+/g, ' ').trim()] as const,
    );
    await expect
      .poll(() => readStorage(browser, 'session', 'selectionDraft'))
      .toMatchObject({
        company: 'Globex',
        recruiter: 'Marcus Chen',
        url: SELECTION_PAGE,
        looksLikeRejection: true,
      });
    await expect
      .poll(async () => (await openExtensionPages(browser.serviceWorker)).join(' '))
      .toMatch(/popup\.html/);
    expect((await readRejections(browser.serviceWorker)).map((rejection) => rejection.company)).toEqual([
      'Harbor & Pine',
    ]);
    await page.close();

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?draft=1`);
    await popup.getByRole('heading', { level: 1, name: 'Log this as a rejection?' }).waitFor();
    await popup
      .getByText('This reads like a no from Globex. Check the details below, then log it.')
      .waitFor();
    expect(await popup.getByLabel('Company').inputValue()).toBe('Globex');
    expect(await popup.getByLabel('Role (optional)').inputValue()).toBe('Staff Data Engineer');
    expect(await popup.getByLabel('Recruiter (optional)').inputValue()).toBe('Marcus Chen');
    expect(await popup.getByLabel('Note (optional)').inputValue()).toMatch(/decided not to proceed/);

    await popup.getByRole('button', { name: 'Log it' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Staff Data Engineer at Globex' }).waitFor();
    const logged = (await readRejections(browser.serviceWorker)).find(
      (rejection) => rejection.source === 'selection',
    );
    expect(logged).toMatchObject({
      company: 'Globex',
      role: 'Staff Data Engineer',
      recruiterName: 'Marcus Chen',
      url: SELECTION_PAGE,
    });
    expect(await readStorage(browser, 'session', 'selectionDraft')).toBeNull();

    await popup.getByRole('link', { name: 'Settings and sites' }).waitFor();
    await popup.close();
  });

  it('lists the sender a "Not a rejection" taught it in the options page, until the user forgets it', async () => {
    const harbor = (await readRejections(browser.serviceWorker)).find(
      (rejection) => rejection.company === 'Harbor & Pine',
    );
    expect(harbor?.fromEmail).toBeTruthy();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?id=${harbor?.id}`);
    await popup.getByRole('button', { name: 'Not a rejection', exact: true }).click();
    await popup
      .getByRole('dialog', { name: 'Not a rejection?' })
      .getByRole('button', { name: 'Yes, remove it' })
      .click();
    await expect
      .poll(async () => (await readRejections(browser.serviceWorker)).map((rejection) => rejection.company))
      .toEqual(['Globex']);
    await popup.close();

    await options.getByRole('tab', { name: 'Your data' }).click();
    const learned = options.getByRole('region', { name: 'What Comeback learned from you' });
    const sender = `Messages from ${harbor?.fromEmail?.toLowerCase()}`;
    const forget = learned.getByRole('button', { name: `Forget: ${sender}` });
    await forget.waitFor();
    await forget.click();
    await learned.getByText('Forgotten. Messages like that will be noticed again.').waitFor();
    await learned.getByText(sender).waitFor({ state: 'detached' });
  });
});
