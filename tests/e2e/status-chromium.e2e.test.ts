import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, servePage } from '../../scripts/launch-chromium';
import { badgeText, readRejections } from './extension-state';

const DEMO_WORKDAY = fileURLToPath(new URL('../../demo/workday.html', import.meta.url));
const CANDIDATE_HOME = 'https://acme.wd5.myworkdayjobs.com/en-US/External/userHome';
const NOTICE = '[data-comeback-notice]';

/** How many status rows the Workday pages have reported reading, as the background stored it. */
function workdayRowsRead({ serviceWorker }: ExtensionBrowser): Promise<number> {
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const { siteHealth } = (await chrome.storage.local.get('siteHealth')) as {
      siteHealth?: { workday?: { read: number } };
    };
    return siteHealth?.workday?.read ?? 0;
  });
}

describe('a Workday candidate home in real Chromium with the built extension', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    await servePage(browser.context, 'https://acme.wd5.myworkdayjobs.com/**', DEMO_WORKDAY);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('stores the one declined application, lights the badge and shows the notice', async () => {
    await page.goto(CANDIDATE_HOME);
    await page.locator(`${NOTICE} >> text=Acme Robotics`).waitFor();

    const rejections = await readRejections(browser.serviceWorker);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({
      key: 'workday:acme/R-10421',
      source: 'workday',
      company: 'Acme Robotics',
      role: 'Senior Product Designer',
      excerpt: 'Senior Product Designer at Acme Robotics: Not Selected',
      reasons: ['Not Selected'],
      url: CANDIDATE_HOME,
      viewed: 0,
    });
    expect(await badgeText(browser.serviceWorker)).toBe('1');
  });

  it('stores nothing new when the page is seen again', async () => {
    await page.reload();
    await page.getByText('Not Selected').waitFor();
    const secondTab = await browser.context.newPage();
    await secondTab.goto(CANDIDATE_HOME);
    await secondTab.getByText('Not Selected').waitFor();
    // Both pages did read the three rows again: their health counts reach the background a few seconds later.
    await expect.poll(() => workdayRowsRead(browser), { timeout: 15_000 }).toBeGreaterThanOrEqual(6);
    await secondTab.close();

    expect(await readRejections(browser.serviceWorker)).toHaveLength(1);
    expect(await page.locator(NOTICE).count()).toBe(0);
    expect(await badgeText(browser.serviceWorker)).toBe('1');
  });

  it('opens the popup on the rejection as "role at company"', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup
      .getByRole('heading', { level: 1, name: 'Senior Product Designer at Acme Robotics' })
      .waitFor();
    await popup.close();
  });
});
