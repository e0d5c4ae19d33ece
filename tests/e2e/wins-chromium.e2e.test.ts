import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Preferences } from '@/storage/preferences';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/launch-chromium';
import { readApplications, readRejections, readWins } from './extension-state';

const PASTED = [
  '1. Shipped the checkout redesign',
  '',
  '2. Mentored two new teammates',
  '- shipped the checkout redesign.',
  '• Spoke at the local meetup',
].join('\n');

/** The preferences as stored, read in the extension's service worker. */
function readPreferences(browser: ExtensionBrowser): Promise<Partial<Preferences> | null> {
  return browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return ((await chrome.storage.local.get('preferences')).preferences ??
      null) as Partial<Preferences> | null;
  });
}

describe('Wins, "I applied again" and the default checklist, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let options: Page;
  const page = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  const winItem = (text: string) => options.getByRole('listitem').filter({ hasText: text });

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    options = await browser.context.newPage();
    await options.goto(page('options.html#wins'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('adds wins from a pasted list, showing what will be added first', async () => {
    await options.getByRole('tab', { name: 'Wins', selected: true }).waitFor();
    await options.getByLabel('Add a win, or paste a list: one per line').fill(PASTED);
    await options.getByText('Ready to add (3):').waitFor();
    await options.getByText('Skipped, already saved or repeated: 1').waitFor();
    await options.getByRole('button', { name: 'Add to my wins' }).click();

    await options.getByText('Added 3 to your wins. Good to remember.').waitFor();
    expect((await readWins(browser.serviceWorker)).map((win) => win.text).sort()).toEqual([
      'Mentored two new teammates',
      'Shipped the checkout redesign',
      'Spoke at the local meetup',
    ]);
    // The list follows the database through a live query, which may land a moment after the message.
    await expect
      .poll(() => options.getByRole('list', { name: 'Your wins' }).getByRole('listitem').count())
      .toBe(3);
  });

  it('stars, edits and deletes a win', async () => {
    const star = winItem('Spoke at the local meetup').getByRole('button', { name: 'Star' });
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => (await readWins(browser.serviceWorker)).find((win) => win.starred === 1)?.text)
      .toBe('Spoke at the local meetup');

    await winItem('Mentored two new teammates').getByRole('button', { name: 'Edit' }).click();
    await options.getByLabel('Your win', { exact: true }).fill('Mentored three new teammates');
    await options.getByLabel('Add a tag').fill('people');
    await options.getByLabel('Add a tag').press('Enter');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await winItem('Mentored three new teammates').waitFor();
    await expect
      .poll(async () =>
        (await readWins(browser.serviceWorker)).find((win) => win.text.startsWith('Mentored')),
      )
      .toMatchObject({ text: 'Mentored three new teammates', tags: ['people'] });

    await winItem('Shipped the checkout redesign').getByRole('button', { name: 'Delete' }).click();
    await options.getByText('Win deleted.').waitFor();
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await expect
      .poll(async () => (await readWins(browser.serviceWorker)).map((win) => win.text).sort())
      .toEqual(['Mentored three new teammates', 'Spoke at the local meetup']);
  });

  it('shows a saved win in the popup, and logs "I applied again" after the rejection', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(page('popup.html'));
    await popup.getByLabel('Company').fill('Initech');
    await popup.getByRole('button', { name: 'Log it' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Initech' }).waitFor();

    const shown = await popup.locator('blockquote.cb-win').textContent();
    expect(
      ['Mentored three new teammates', 'Spoke at the local meetup'].some((win) => shown?.includes(win)),
    ).toBe(true);
    await popup.getByRole('link', { name: 'See all your wins' }).waitFor();

    await popup.getByRole('button', { name: 'I applied again' }).click();
    await popup.getByLabel('Company').fill('Hooli');
    await popup.getByLabel('Role (optional)').fill('Data Analyst');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByText("Logged. That's a comeback in motion.").waitFor();

    const [rejection] = await readRejections(browser.serviceWorker);
    const applications = await readApplications(browser.serviceWorker);
    expect(applications).toHaveLength(1);
    expect(applications[0]).toMatchObject({
      company: 'Hooli',
      role: 'Data Analyst',
      afterRejectionId: rejection?.id,
    });
    await expect
      .poll(() => popup.getByText('Last application').locator('xpath=following-sibling::dd[1]').textContent())
      .toBe('today');
    await popup.close();
  });

  it('gives the next rejection logged by hand the default checklist as edited, and keeps the earlier one’s', async () => {
    await options.getByRole('tab', { name: 'Momentum' }).click();
    await options.getByRole('heading', { name: 'Your default checklist' }).waitFor();
    const step = (label: string) => options.getByRole('listitem').filter({ hasText: label });

    await step('Join a community in your field').getByRole('button', { name: 'Remove' }).click();
    await step('Reflect honestly').getByRole('button', { name: 'Move up' }).click();
    await options.getByLabel('Add your own step').fill('Tell Sam how it went');
    await options.getByRole('button', { name: 'Add step' }).click();
    await expect
      .poll(async () => (await readPreferences(browser))?.checklistSteps?.map((each) => each.text ?? each.id))
      .toEqual(['resume', 'coverLetter', 'learnSkill', 'reflect', 'reachOut', 'Tell Sam how it went']);

    const popup = await browser.context.newPage();
    await popup.goto(page('popup.html'));
    await popup.getByRole('heading', { level: 1, name: 'Initech' }).waitFor();
    await popup.getByRole('button', { name: 'Log a rejection' }).click();
    await popup.getByLabel('Company').fill('Globex');
    await popup.getByRole('button', { name: 'Log it' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Globex' }).waitFor();
    await popup.getByRole('checkbox', { name: 'Tell Sam how it went' }).waitFor();
    expect(await popup.getByRole('checkbox', { name: 'Join a community in your field' }).count()).toBe(0);

    const rejections = await readRejections(browser.serviceWorker);
    const steps = (company: string) =>
      rejections
        .find((rejection) => rejection.company === company)
        ?.checklist.map((each) => each.text ?? each.id);
    expect(steps('Globex')).toEqual([
      'resume',
      'coverLetter',
      'learnSkill',
      'reflect',
      'reachOut',
      'Tell Sam how it went',
    ]);
    expect(steps('Initech')).toEqual([
      'resume',
      'coverLetter',
      'learnSkill',
      'reachOut',
      'community',
      'reflect',
    ]);
    await popup.close();
  });
});
