import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHROME_BUILD,
  DEMO_INBOX,
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  GMAIL_LIKE_POLICY,
  launchWithExtension,
  NO_WORKERS_POLICY,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import { DETECTOR_GLOBAL } from '../../sites/detector-loader';
import { readRejections, typeInContentScriptWorld } from './extension-state';

describe('the detector on a Gmail page in real Chromium, once a message opens', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const detectorBesideScript = () => typeInContentScriptWorld(page, browser.extensionId, DETECTOR_GLOBAL);
  const inPageWorld = () => page.evaluate((name) => name in window, DETECTOR_GLOBAL);
  const workers = () => page.workers().map((worker) => worker.url());

  beforeEach(async () => {
    browser = await launchWithExtension({ headless: true });
    page = await browser.context.newPage();
  });

  afterEach(async () => {
    await browser?.close();
  });

  async function openLumenfield(): Promise<void> {
    await page.getByRole('row').filter({ hasText: 'Senior Product Designer' }).click();
    await page.locator('[data-comeback-notice] >> text=Lumenfield').waitFor();
    await expect.poll(() => readRejections(browser.serviceWorker)).toHaveLength(1);
    expect((await readRejections(browser.serviceWorker))[0]).toMatchObject({
      source: 'gmail',
      company: 'Lumenfield',
      role: 'Senior Product Designer',
    });
  }

  it("runs in a worker of the page under a Gmail-like policy with Trusted Types, never in the page's world", async () => {
    await serveAsGmail(browser.context, DEMO_INBOX, GMAIL_LIKE_POLICY);
    await page.goto(GMAIL_INBOX_URL);
    // The content script's world exists: it was injected, and while only the inbox is open it starts nothing.
    await expect.poll(detectorBesideScript).toBe('undefined');
    await page.waitForTimeout(1000);
    expect(workers()).toEqual([]);

    await openLumenfield();
    expect(workers()).toEqual([expect.stringMatching(/^data:text\/javascript;/)]);
    // Judged in the worker: the detector's files were never added beside the content script.
    expect(await detectorBesideScript()).toBe('undefined');
    expect(await inPageWorld()).toBe(false);
  });

  it('runs beside the content script, never in the page world, where the page allows no workers', async () => {
    await serveAsGmail(browser.context, DEMO_INBOX, NO_WORKERS_POLICY);
    await page.goto(GMAIL_INBOX_URL);
    await expect.poll(detectorBesideScript).toBe('undefined');

    await openLumenfield();
    expect(workers()).toEqual([]);
    expect(await detectorBesideScript()).toBe('object');
    expect(await inPageWorld()).toBe(false);
  });

  it('is a file of the package that pages cannot load themselves', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as object;
    for (const file of ['detector.js', 'detector-worker.js'])
      expect(readFileSync(join(CHROME_BUILD, file)).length).toBeGreaterThan(0);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});
