import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from '../../scripts/launch-firefox';
import { AXE_SOURCE, AXE_TAGS, seriousAxeFindings } from './axe';
import { findExtensionPage } from './firefox-extension-state';

describe('accessible in real Firefox ESR: the onboarding page', () => {
  let browser: Browser;
  let onboarding: Page;

  beforeAll(async () => {
    browser = await launchFirefoxWithExtension();
    onboarding = await findExtensionPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens on install and passes axe with nothing serious or critical', async () => {
    expect(await onboarding.evaluate(() => location.pathname)).toBe('/onboarding.html');
    // Its wins form and the time to feel it are drawn once their stored values are read.
    await onboarding.waitForSelector('fieldset input[type="radio"]:checked');
    // Evaluated rather than added as a script tag: extension pages' CSP refuses inline scripts. (Puppeteer cannot
    // switch Firefox to dark over BiDi; the Chromium test checks both schemes.)
    await onboarding.evaluate(AXE_SOURCE);
    expect(await onboarding.evaluate(seriousAxeFindings, [null, AXE_TAGS] as const)).toEqual([]);
  });
});
