import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rejection } from '@/storage/types';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/launch-chromium';
import { openExtensionPages, readRejections } from './extension-state';

type Chrome = {
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications: {
    getAll(): Promise<Record<string, boolean>>;
    clear(id: string): Promise<boolean>;
    onClicked: { dispatch(id: string): void };
  };
  storage: { local: { set(items: object): Promise<void> } };
};

function alarms(browser: ExtensionBrowser) {
  return browser.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll(),
  );
}

function notifications(browser: ExtensionBrowser) {
  return browser.serviceWorker.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()),
  );
}

/** Moves the end of the rejection's pause to now, in the extension's database, as if the hours had passed. */
function pauseEndsNow(browser: ExtensionBrowser, id: number) {
  return browser.serviceWorker.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('comeback');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('rejections', 'readwrite').objectStore('rejections');
          const read = store.get(id);
          read.onsuccess = () => {
            const write = store.put({ ...read.result, pause: { ...read.result.pause, until: Date.now() } });
            write.onsuccess = () => {
              db.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    id,
  );
}

/** Sets the pause's alarm to go off a second from now: an unpacked extension's alarms may fire that soon. */
function alarmGoesOffSoon(browser: ExtensionBrowser, id: number) {
  return browser.serviceWorker.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create(`comeback-pause:${id}`, {
        when: Date.now() + 1000,
      }),
    id,
  );
}

describe('the plan in real Chromium: take a day, reflection and skills, templates', () => {
  let browser: ExtensionBrowser;
  let popup: Page;
  let id: number;

  const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  const rejection = async (): Promise<Rejection | undefined> =>
    (await readRejections(browser.serviceWorker)).find((each) => each.id === id);

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    // No quiet hours, so the nudge may come whatever the time of day the test runs.
    await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({
        preferences: { quietHours: null },
      }),
    );
    popup = await browser.context.newPage();
    await popup.goto(extensionPage('popup.html'));
    await popup.getByLabel('Company').fill('Northwind');
    await popup.getByLabel('Role (optional)').fill('Product Designer');
    await popup.getByRole('button', { name: 'Log it' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Product Designer at Northwind' }).waitFor();
    const [logged] = await readRejections(browser.serviceWorker);
    id = logged?.id ?? -1;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('takes a few hours, with the alarm set in the service worker', async () => {
    const length = popup.getByLabel('How long');
    expect(await length.inputValue()).toBe('day');
    await length.selectOption({ label: 'A few hours' });
    await popup.getByRole('button', { name: 'Take the time' }).click();
    await popup.getByText(/^Taking time for yourself until /).waitFor();

    const until = (await rejection())?.pause?.until ?? 0;
    expect(until - Date.now()).toBeGreaterThan(3.9 * 60 * 60 * 1000);
    const set = await alarms(browser);
    expect(set).toHaveLength(1);
    expect(set[0]).toMatchObject({ name: `comeback-pause:${id}`, scheduledTime: until });
  });

  it('nudges once when the time is up, never again, and the nudge opens the plan', async () => {
    await pauseEndsNow(browser, id);
    await alarmGoesOffSoon(browser, id);
    await expect.poll(() => notifications(browser), { timeout: 15_000 }).toEqual([`comeback-pause:${id}`]);
    const nudgedAt = (await rejection())?.pause?.nudgedAt;
    expect(nudgedAt).toBeTypeOf('number');
    expect(await alarms(browser)).toEqual([]);

    await browser.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.notifications.clear(`comeback-pause:${id}`),
      id,
    );
    await alarmGoesOffSoon(browser, id);
    await expect.poll(async () => (await alarms(browser)).length, { timeout: 15_000 }).toBe(0);
    expect(await notifications(browser)).toEqual([]);
    expect((await rejection())?.pause?.nudgedAt).toBe(nudgedAt);

    await browser.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.notifications.onClicked.dispatch(
          `comeback-pause:${id}`,
        ),
      id,
    );
    await expect
      .poll(async () => (await openExtensionPages(browser.serviceWorker)).join(' '))
      .toMatch(new RegExp(`POPUP|popup\\.html\\?id=${id}`));
  });

  it('saves a reflection, and its missing skill appears in the options page under Skills', async () => {
    await popup.reload();
    await popup.getByText('A short, honest look back').click();
    await popup.getByRole('group', { name: 'Was I prepared?' }).getByLabel('Mostly').check();
    await popup.getByRole('group', { name: 'How was my energy?' }).getByLabel('Low').check();
    await popup.getByLabel('A skill that was missing').fill('User research');
    await popup.getByRole('button', { name: 'Add skill' }).click();
    await popup.getByRole('button', { name: 'Remove User research' }).waitFor();
    await popup.getByRole('button', { name: 'Save reflection' }).click();
    await popup.getByText('Saved. Looking back honestly is how you grow.').waitFor();
    expect((await rejection())?.reflection).toMatchObject({
      prepared: 4,
      energy: 2,
      missingSkills: ['User research'],
    });

    const link = popup.getByRole('link', { name: 'Your skills to learn' });
    expect(await link.getAttribute('href')).toBe(extensionPage('options.html#skills'));
    const [skills] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await skills.getByRole('tab', { name: 'Skills', selected: true }).waitFor();
    const learned = skills.getByRole('checkbox', { name: 'User research' });
    await learned.check();
    await skills.getByText(/^Learned on /).waitFor();
    await skills.close();
  });

  it('uses a template edited in the options page in the popup', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html#templates'));
    await options.getByRole('tab', { name: 'Templates', selected: true }).waitFor();
    await options.getByLabel('Template', { exact: true }).selectOption({ label: 'Short' });
    await options.getByLabel('Subject').fill('Feedback on {role}?');
    await options
      .getByLabel('Message')
      .fill('[Hi {recruiter},|Hello,]\n\nAny tips from {company} for next time?');
    expect(await options.getByRole('region', { name: 'Preview' }).textContent()).toContain(
      'Hi Sam,\n\nAny tips from Northwind for next time?',
    );
    await options.getByRole('button', { name: 'Save template' }).click();
    await options.getByText('Saved. New messages use it from now on.').waitFor();
    await options.close();

    await popup.reload();
    await popup.getByLabel('Template', { exact: true }).selectOption({ label: 'Short' });
    // The draft follows the user's own templates once they are read, a moment after the popup shows: on a busy
    // machine that moment can outlast the poll's default second.
    await expect
      .poll(() => popup.getByLabel('Subject').inputValue(), { timeout: 10_000 })
      .toBe('Feedback on Product Designer?');
    await expect
      .poll(() => popup.getByLabel('Your feedback request (you can edit it)').inputValue(), {
        timeout: 10_000,
      })
      .toBe('Hello,\n\nAny tips from Northwind for next time?');
  });

  it("signs the popup's feedback draft with the name typed in the options page", async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionPage('options.html#you'));
    await options.getByRole('tab', { name: 'You', exact: true, selected: true }).waitFor();
    await options.getByLabel('Your name').fill('Alex Kim');
    await options.getByRole('button', { name: 'Save these settings' }).click();
    await options.getByText('Saved. Your reminders follow these settings from now on.').waitFor();
    await options.close();

    await popup.reload();
    await popup.getByLabel('Template', { exact: true }).selectOption({ label: 'Warm' });
    await expect
      .poll(() => popup.getByLabel('Your feedback request (you can edit it)').inputValue(), {
        timeout: 10_000,
      })
      .toMatch(/\nThank you again,\nAlex Kim$/);
  });
});
