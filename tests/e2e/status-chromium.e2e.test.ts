import { readFileSync } from 'node:fs';
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

/** The demo's candidate home with years of history: its one declined row, and four more like it. */
function candidateHomeWithHistory(): string {
  const demo = readFileSync(DEMO_WORKDAY, 'utf8');
  const declined = /<li data-automation-id="applicationRow"[\s\S]*?Not Selected<\/div>\s*<\/li>/.exec(
    demo,
  )?.[0];
  if (!declined) throw new Error('The Workday demo lost its declined row');
  const older = ['R-9001', 'R-9002', 'R-9003', 'R-9004'].map((id) => declined.replaceAll('R-10421', id));
  return demo.replace(declined, [declined, ...older].join('\n'));
}

describe('a Workday candidate home seen for the first time, showing many earlier decisions', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    const body = candidateHomeWithHistory();
    await browser.context.route('https://acme.wd5.myworkdayjobs.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps them for the journey without lighting the badge, and says so in one notice', async () => {
    const page = await browser.context.newPage();
    await page.goto(CANDIDATE_HOME);
    await page.locator(`${NOTICE} >> text=added 5 earlier decisions`).waitFor();

    const rejections = await readRejections(browser.serviceWorker);
    expect(rejections).toHaveLength(5);
    expect(rejections.every((rejection) => rejection.viewed === 1)).toBe(true);
    expect(await badgeText(browser.serviceWorker)).toBe('');
    expect(await page.locator(NOTICE).count()).toBe(1);
  });
});
