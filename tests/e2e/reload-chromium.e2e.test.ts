import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, serveAsGmail } from '../../scripts/launch-chromium';
import { readRejections } from './extension-state';
import { NOTICE, openThread } from './gmail-page';
import { recordPageProblems } from './page-problems-chromium';

/**
 * An old content script learns that its extension is gone the next time it checks: at the latest when its health
 * report falls due (`HEALTH_REPORT_MS`, 5 s, in `sites/run.ts`), which is also when it stops for good.
 */
const OLD_SCRIPT_NOTICES_MS = 6_000;

/** Reloads the extension, as an update does, and answers its new service worker. */
async function reloadExtension(browser: ExtensionBrowser): Promise<Worker> {
  const restarted = browser.context.waitForEvent('serviceworker');
  await browser.serviceWorker
    .evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
      chrome.runtime.reload();
    })
    // The worker may go before it answers.
    .catch(() => undefined);
  return restarted;
}

async function expandHarborDecision(page: Page): Promise<void> {
  await page.getByText('Thanks again for your time last week…').click();
  await page.getByText('we will not be moving forward with your application').waitFor();
}

describe('Gmail stays whole when the extension is reloaded or updated under it, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    // Chromium disables an unpacked extension that reloads itself unless developer mode is on.
    browser = await launchWithExtension({ headless: true, developerMode: true });
    await serveAsGmail(browser.context);
    page = await browser.context.newPage();
    problems = await recordPageProblems(browser.context, page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the content script left in the open page stops quietly; the next page load runs the new one', async () => {
    await openThread(page, 'Your application for Senior Product Designer');
    await page.locator(`${NOTICE} >> role=button[name="Open my plan"]`).waitFor();
    await expect.poll(() => readRejections(browser.serviceWorker)).toHaveLength(1);

    const worker = await reloadExtension(browser);

    // The old script's notice is still there: its button does nothing now, and says nothing into the page.
    await page.locator(`${NOTICE} >> role=button[name="Open my plan"]`).click();
    // Another rejection opened in the same page: the old script reads it and cannot report it.
    await page.getByRole('link', { name: 'Back to Inbox' }).click();
    await page.getByRole('row').filter({ hasText: 'Harbor & Pine' }).click();
    await expandHarborDecision(page);
    await page.waitForTimeout(OLD_SCRIPT_NOTICES_MS);
    expect(problems).toEqual([]);
    expect(await page.locator(NOTICE).count()).toBe(0);
    // The detector's worker the old script started ended with it.
    await expect.poll(() => page.workers().length).toBe(0);
    // Chromium runs a new content script only in pages loaded after the reload (injecting it into open pages would
    // need the `scripting` permission, which Comeback does not ask for).
    expect((await readRejections(worker)).map((rejection) => rejection.company)).toEqual(['Lumenfield']);

    await page.reload();
    await expandHarborDecision(page);
    await expect
      .poll(async () => (await readRejections(worker)).map((rejection) => rejection.company).sort())
      .toEqual(['Harbor & Pine', 'Lumenfield']);
    await page.locator(`${NOTICE} >> text=Harbor & Pine`).waitFor();
    expect(page.workers()).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
