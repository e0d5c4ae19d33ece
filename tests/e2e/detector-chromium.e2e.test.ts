import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_BUILD,
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  launchWithExtension,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import { DETECTOR_GLOBAL } from '../../sites/detector-loader';
import { readRejections, typeInContentScriptWorld } from './extension-state';

describe('the detector, added to a Gmail page in real Chromium once a message opens', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const detectorType = () => typeInContentScriptWorld(page, browser.extensionId, DETECTOR_GLOBAL);
  const inPageWorld = () => page.evaluate((name) => name in window, DETECTOR_GLOBAL);

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    await serveAsGmail(browser.context);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is not in the page while only the inbox is open, though the content script runs', async () => {
    await page.goto(GMAIL_INBOX_URL);
    // The content script's world exists: it was injected, and it has not asked for the detector.
    await expect.poll(detectorType).toBe('undefined');
    await page.waitForTimeout(1000);
    expect(await detectorType()).toBe('undefined');
    expect(await inPageWorld()).toBe(false);
  });

  it('is added to the content script world, never the page world, and the rejection opened is logged', async () => {
    await page.getByRole('row').filter({ hasText: 'Senior Product Designer' }).click();
    await page.locator('[data-comeback-notice] >> text=Lumenfield').waitFor();
    await expect.poll(() => readRejections(browser.serviceWorker)).toHaveLength(1);
    expect((await readRejections(browser.serviceWorker))[0]).toMatchObject({
      source: 'gmail',
      company: 'Lumenfield',
      role: 'Senior Product Designer',
    });
    expect(await detectorType()).toBe('object');
    expect(await inPageWorld()).toBe(false);
  });

  it('is a file of the package that pages cannot load themselves', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as object;
    expect(readFileSync(join(CHROME_BUILD, 'detector.js')).length).toBeGreaterThan(0);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});
