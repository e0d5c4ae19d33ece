import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, servePage } from '../../scripts/launch-chromium';
import { badgeText, HEALTH_POLL, messagesRead, readRejections } from './extension-state';

const DEMO_OUTLOOK = fileURLToPath(new URL('../../demo/outlook.html', import.meta.url));
const INBOX_URL = 'https://outlook.live.com/mail/0/';
const BRIGHTWAVE_ID = 'AQQkADAwATZiZmYAZC1iMmQ3LTAwAi0wMAoAEABrR2p5dGVjMWE0NGJhOTQy';
const NOTICE = '[data-comeback-notice]';
const READING_PANE = '[data-app-section="MailReadCompose"]';

/** Clicks a message in the list and waits for the reading pane to show it, as the app does without a page load. */
async function openMessage(page: Page, subject: string): Promise<void> {
  await page.getByRole('option').filter({ hasText: subject }).click();
  await page.locator(`${READING_PANE} [role="heading"]`).filter({ hasText: subject }).waitFor();
}

describe('Outlook on the web in real Chromium with the built extension', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    await servePage(browser.context, 'https://outlook.live.com/**', DEMO_OUTLOOK);
    page = await browser.context.newPage();
    await page.goto(INBOX_URL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('logs the rejection once with company, role and recruiter; look-alikes count for nothing', async () => {
    // An acknowledgement ("If you are not selected…"), an interview invitation and a reply quoting an old
    // rejection come first, each read before the next opens: none of them may be stored.
    const lookAlikes = [
      'Thank you for applying to Northwind Labs',
      'Interview invitation: Product Analyst at Contoso',
      'Re: Your application to Fabrikam Robotics',
    ];
    for (const [index, subject] of lookAlikes.entries()) {
      await openMessage(page, subject);
      await expect.poll(() => messagesRead(browser.serviceWorker, 'outlook'), HEALTH_POLL).toBe(index + 1);
    }
    expect(await readRejections(browser.serviceWorker)).toEqual([]);

    await openMessage(page, 'Your application for Senior Data Analyst');
    await expect.poll(() => readRejections(browser.serviceWorker)).toHaveLength(1);
    const [stored] = await readRejections(browser.serviceWorker);
    expect(stored).toMatchObject({
      source: 'outlook',
      company: 'Brightwave',
      role: 'Senior Data Analyst',
      recruiterName: 'Elena Petrova',
      recruiterEmail: 'elena.petrova@brightwave.io',
      subject: 'Your application for Senior Data Analyst',
      url: `${INBOX_URL}inbox/id/${BRIGHTWAVE_ID}`,
      viewed: 0,
    });
    expect(stored?.reasons.join(' ')).toMatch(/decided not to move forward with your application/);
    expect(await badgeText(browser.serviceWorker)).toBe('1');
    await page.locator(`${NOTICE} >> text=Brightwave`).waitFor();
  });

  it('never stores it twice: reopened, opened again in a new page, or in full view', async () => {
    await openMessage(page, 'Interview invitation: Product Analyst at Contoso');
    await openMessage(page, 'Your application for Senior Data Analyst');
    // The four messages opened so far were each handed over once, reopening included.
    await expect.poll(() => messagesRead(browser.serviceWorker, 'outlook'), HEALTH_POLL).toBe(4);
    await page.close();

    // A new page life reads the message again, in the reading pane and then in full view; it is stored once.
    const readingPane = await browser.context.newPage();
    await readingPane.goto(`${INBOX_URL}inbox/id/${BRIGHTWAVE_ID}`);
    await expect.poll(() => messagesRead(browser.serviceWorker, 'outlook'), HEALTH_POLL).toBe(5);
    await readingPane.close();

    const fullView = await browser.context.newPage();
    await fullView.goto(`${INBOX_URL}id/${BRIGHTWAVE_ID}`);
    await fullView
      .locator(`${READING_PANE} [role="heading"]`)
      .filter({ hasText: 'Senior Data Analyst' })
      .waitFor();
    expect(await fullView.getByRole('option').first().isVisible()).toBe(false);
    await expect.poll(() => messagesRead(browser.serviceWorker, 'outlook'), HEALTH_POLL).toBe(6);
    expect(await readRejections(browser.serviceWorker)).toHaveLength(1);

    // Back to the list in the same page: a conversation whose latest message is expanded by hand.
    await fullView.getByRole('button', { name: 'Close' }).click();
    await openMessage(fullView, 'Frontend Engineer interview at Harbor & Pine');
    await fullView.locator(READING_PANE).getByText('Thanks again for your time last week…').click();
    await expect.poll(async () => (await readRejections(browser.serviceWorker)).length).toBe(2);
    await fullView.close();

    const rejections = await readRejections(browser.serviceWorker);
    expect(rejections.map((rejection) => rejection.company).sort()).toEqual(['Brightwave', 'Harbor & Pine']);
    expect(rejections.find((rejection) => rejection.company === 'Harbor & Pine')).toMatchObject({
      role: 'Frontend Engineer',
      recruiterName: 'Sam Okafor',
    });
    expect(await badgeText(browser.serviceWorker)).toBe('2');
  });

  it('opens the popup on each rejection the badge counts, with a feedback request to its recruiter', async () => {
    // Harbor & Pine was logged last: the popup opens on it, and the badge counts what is left unseen.
    const first = await browser.context.newPage();
    await first.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await first.getByRole('heading', { level: 1, name: 'Frontend Engineer at Harbor & Pine' }).waitFor();
    expect(await first.getByLabel('Your feedback request (you can edit it)').inputValue()).toContain(
      'Hi Sam,',
    );
    // The popup marks what it shows as seen once it has painted: it stays open until the badge has heard.
    await expect.poll(() => badgeText(browser.serviceWorker), { timeout: 10_000 }).toBe('1');
    await first.close();

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('heading', { level: 1, name: 'Senior Data Analyst at Brightwave' }).waitFor();
    const template = await popup.getByLabel('Your feedback request (you can edit it)').inputValue();
    expect(template).toContain('Hi Elena,');
    expect(template).toContain('Senior Data Analyst');
    expect(template).toContain('Brightwave');
    await expect.poll(() => badgeText(browser.serviceWorker), { timeout: 10_000 }).toBe('');
    await popup.close();
  });
});
