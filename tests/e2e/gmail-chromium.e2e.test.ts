import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  launchWithExtension,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import {
  badgeText,
  HEALTH_POLL,
  messagesRead,
  openExtensionPages,
  readRejections,
  readWins,
} from './extension-state';
import { recordRequests, type SeenRequest, unexpectedRequests } from './requests-chromium';

const NOTICE = '[data-comeback-notice]';
/** A tab the extension opens shows Chromium's placeholder for a moment before the served page commits. */
const NEW_TAB_POLL = { timeout: 15_000 };

/** Waits until the Gmail adapter has read `count` messages in all: proof a step was really looked at. */
async function readSoFar(browser: ExtensionBrowser, count: number): Promise<void> {
  await expect.poll(() => messagesRead(browser.serviceWorker, 'gmail'), HEALTH_POLL).toBe(count);
}

async function openThread(page: Page, subject: string): Promise<void> {
  await page.goto(GMAIL_INBOX_URL);
  await page.getByRole('row').filter({ hasText: subject }).click();
  await page.locator('h2.hP').filter({ hasText: subject }).waitFor();
}

describe('Gmail in real Chromium with the built extension', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let seen: SeenRequest[];

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    // Everything but the extension's files and the Gmail pages served below is refused: nothing leaves the machine.
    seen = await recordRequests(browser.context);
    await serveAsGmail(browser.context);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('logs a rejection once, lights the badge and shows the notice; look-alikes count for nothing', async () => {
    // An acknowledgement ("If you are not selected…") first: read, and not stored.
    await openThread(page, 'Thank you for applying to Northwind Labs');
    await readSoFar(browser, 1);
    expect(await readRejections(browser.serviceWorker)).toEqual([]);
    expect(await page.locator(NOTICE).count()).toBe(0);
    expect(await badgeText(browser.serviceWorker)).toBe('');

    await openThread(page, 'Your application for Senior Product Designer');
    await expect.poll(() => readRejections(browser.serviceWorker)).toHaveLength(1);
    const [stored] = await readRejections(browser.serviceWorker);
    expect(stored).toMatchObject({
      source: 'gmail',
      messageId: 'msg-f:1850318244010000001',
      company: 'Lumenfield',
      role: 'Senior Product Designer',
      recruiterName: 'Priya Raman',
      recruiterEmail: 'priya.raman@lumenfield.com',
      viewed: 0,
    });
    expect(stored?.reasons.join(' ')).toMatch(/move forward with other candidates/);
    // The message's opening, after the greeting, clipped on a word.
    expect(stored?.excerpt).toMatch(/^Thank you for taking the time to interview with us .*…$/);
    expect(stored?.excerpt.length).toBeLessThanOrEqual(280);
    expect(await badgeText(browser.serviceWorker)).toBe('1');

    await page.locator(`${NOTICE} >> text=Lumenfield`).waitFor();
    await page.locator(`${NOTICE} >> role=button[name="Open my plan"]`).waitFor();
    await page.locator(`${NOTICE} >> role=button[name="Not a rejection"]`).waitFor();

    // "Open my plan" opens the popup, which marks the rejection as seen.
    await page.locator(`${NOTICE} >> role=button[name="Open my plan"]`).click();
    await expect
      .poll(async () => (await openExtensionPages(browser.serviceWorker)).join(' '))
      .toMatch(/popup\.html/);
    await expect.poll(() => badgeText(browser.serviceWorker)).toBe('');
  });

  it('never stores the same message twice: back and reopen, reload, a second tab', async () => {
    await readSoFar(browser, 2);
    // Back to the inbox and the same thread again, in the same page: nothing new to read.
    await page.getByRole('link', { name: 'Back to Inbox' }).click();
    await page.getByRole('row').filter({ hasText: 'Senior Product Designer' }).click();
    // A reload and a second tab read it afresh; the background keeps one record.
    await page.reload();
    await readSoFar(browser, 3);
    const secondTab = await browser.context.newPage();
    await openThread(secondTab, 'Your application for Senior Product Designer');
    await readSoFar(browser, 4);
    // A reply quoting an old rejection is read and is not a rejection.
    await openThread(secondTab, 'Re: Your application to Fabrikam Robotics');
    await readSoFar(browser, 5);
    await secondTab.close();
    expect(await readRejections(browser.serviceWorker)).toHaveLength(1);

    // A message expanded later in a thread is read too; collapsed ones have no body to read.
    await openThread(page, 'Frontend Engineer interview at Harbor & Pine');
    await page.getByText('Thanks again for your time last week…').click();
    await readSoFar(browser, 6);
    await expect.poll(async () => (await readRejections(browser.serviceWorker)).length).toBe(2);
    const companies = (await readRejections(browser.serviceWorker))
      .map((rejection) => rejection.company)
      .sort();
    expect(companies).toEqual(['Harbor & Pine', 'Lumenfield']);
    expect(await badgeText(browser.serviceWorker)).toBe('1');
  });

  it('opens the popup on the rejection just detected, though dated earlier, and clears the badge', async () => {
    // Harbor & Pine's message is older than Lumenfield's, but it is the one the badge counts.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('heading', { level: 1, name: /Harbor & Pine/ }).waitFor();
    await expect.poll(() => badgeText(browser.serviceWorker), { timeout: 10_000 }).toBe('');
    await popup.close();
  });

  it('opens the popup on the latest rejection with a filled-in plan that remembers its ticks and wins', async () => {
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl);
    // Every rejection has been seen: the newest one comes first.
    await popup.getByRole('heading', { level: 1, name: 'Senior Product Designer at Lumenfield' }).waitFor();
    const template = await popup.getByLabel('Your feedback request (you can edit it)').inputValue();
    expect(template).toContain('Hi Priya,');
    expect(template).toContain('Senior Product Designer');
    expect(template).toContain('Lumenfield');

    await popup
      .getByLabel('A win to remember')
      .fill('Shipped the accessible design system used by four teams');
    await popup.getByRole('button', { name: 'Save win' }).click();
    await expect.poll(async () => (await readWins(browser.serviceWorker)).length).toBe(1);
    await popup.getByRole('checkbox', { name: 'Update your resume' }).check();
    await expect
      .poll(async () => {
        const [lumenfield] = (await readRejections(browser.serviceWorker)).filter(
          (r) => r.company === 'Lumenfield',
        );
        return lumenfield?.checklist.find((step) => step.id === 'resume')?.done;
      })
      .toBe(true);
    await popup.close();

    const reopened = await browser.context.newPage();
    await reopened.goto(popupUrl);
    await reopened.getByText('Shipped the accessible design system used by four teams').waitFor();
    expect(await reopened.getByRole('checkbox', { name: 'Update your resume' }).isChecked()).toBe(true);
    await reopened.close();
  });

  it("copies the feedback request to the clipboard and opens it in Gmail's compose window, to the recruiter", async () => {
    const requestsBefore = seen.length;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('heading', { level: 1, name: 'Senior Product Designer at Lumenfield' }).waitFor();
    const feedback = popup.getByRole('region', { name: 'Ask for feedback' });
    const draft = await feedback.getByLabel('Your feedback request (you can edit it)').inputValue();
    expect(draft).toContain('Hi Priya,');

    await feedback.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(draft);

    const composing = browser.context.waitForEvent('page');
    await feedback.getByRole('button', { name: 'Reply in Gmail' }).click();
    const compose = await composing;
    await expect
      .poll(() => compose.url(), NEW_TAB_POLL)
      .toMatch(/^https:\/\/mail\.google\.com\/mail\/u\/0\/\?view=cm&fs=1&to=priya\.raman%40lumenfield\.com&/);
    expect(new URL(compose.url()).searchParams.get('body')).toContain('Hi Priya');
    // The compose window was one of the pages served here; nothing else was asked for.
    expect(
      unexpectedRequests(seen.slice(requestsBefore), browser.extensionId, 'https://mail.google.com/'),
    ).toEqual([]);
    await Promise.all([compose.close(), popup.close()]);
  });
});
