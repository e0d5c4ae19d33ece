import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../../detector/index';
import { toMboxrd } from '../../mail/mbox-write';
import { parseRawMessage, toMailInput } from '../../mail/parse';
import { dateFieldValue } from '../../plan/applied-date';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/launch-chromium';
import { loadCorpus } from '../corpus/corpus';
import { rawMessage } from '../unit/raw-mail';

/** Every object store of the extension's database with its records, read inside its service worker. */
function readDatabase(serviceWorker: Worker): Promise<Record<string, unknown[]>> {
  return serviceWorker.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('comeback');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const transaction = db.transaction(names);
          const result: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => {
              result[name] = request.result;
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(result);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

function readLocalStorage(serviceWorker: Worker): Promise<Record<string, unknown>> {
  return serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
    };
    return chrome.storage.local.get(null);
  });
}

/** Sends a protocol message from the options page, as the popup would. */
function send(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([type, payload]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({ type, payload });
    },
    [type, payload] as const,
  );
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * A Takeout-like mailbox of more than a thousand messages: the whole corpus (rejections in six languages and
 * the mail that looks like them), everyday mail, the same rejections again (as under a second label), and
 * messages without a Message-ID.
 */
async function generatedMailbox(): Promise<{ mbox: string; messages: number; rejections: number }> {
  const corpus = loadCorpus().items.map((item, index) =>
    rawMessage({
      from: item.from,
      subject: item.subject,
      text: item.body,
      html: item.html,
      messageId: `${item.id}@corpus.test`,
      date: new Date(Date.UTC(2025, 0, 1) + index * DAY),
    }),
  );
  const everyday = Array.from({ length: 550 }, (_, index) =>
    rawMessage({
      from:
        index % 2 ? 'Weekly Digest <digest@news.example>' : `Friend ${index} <friend${index}@example.org>`,
      subject: index % 2 ? `Your weekly digest #${index}` : `Dinner on Friday? (${index})`,
      text:
        index % 2 ? 'Here is what happened in your community this week.' : 'Are you free on Friday evening?',
      messageId: `everyday-${index}@example.org`,
    }),
  );
  const withoutId = Array.from({ length: 20 }, (_, index) =>
    rawMessage({
      from: `Hiring Team <jobs@employer${index}.example>`,
      subject: `Your application to Employer ${index}`,
      text: `Thank you for your interest in Employer ${index}. After careful consideration, we have decided to move forward with other candidates.`,
    }),
  );
  const all = [...corpus, ...everyday, ...corpus.slice(0, 60), ...withoutId];

  // The rejections the same parser and detector find, each message counted once.
  const found = new Set<string>();
  for (const raw of all) {
    const parsed = await parseRawMessage(raw);
    if (detect(toMailInput(parsed)).rejection) found.add(parsed.id ?? raw);
  }
  return { mbox: toMboxrd(all), messages: all.length, rejections: found.size };
}

/** The corpus five times over, as five years of mail: enough that reading it takes a while to stop midway. */
function longMailbox(): { mbox: string; messages: number } {
  const items = loadCorpus().items;
  const all = Array.from({ length: 5 }, (_, year) =>
    items.map((item, index) =>
      rawMessage({
        from: item.from,
        subject: item.subject,
        text: item.body,
        html: item.html,
        messageId: `${item.id}-${year}@long.test`,
        date: new Date(Date.UTC(2018 + year, 0, 1) + index * 60 * 60 * 1000),
      }),
    ),
  ).flat();
  return { mbox: toMboxrd(all), messages: all.length };
}

describe('Your data, yours: the options page in real Chromium', () => {
  let browser: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#data`);
    await options.getByRole('tab', { name: 'Your data', selected: true }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('exports everything, deletes everything, and imports it back unchanged', async () => {
    await send(options, 'logManualRejection', { company: 'Acme', role: 'Designer', note: 'Phone call' });
    const { id: rejectionId } = (await send(options, 'logManualRejection', { company: 'Globex' })) as {
      id: number;
    };
    await send(options, 'addWin', { text: 'Ran the launch that doubled sign-ups' });
    const { id: applicationId } = (await send(options, 'logApplication', {
      company: 'Fabrikam',
      role: 'Analyst',
      afterRejectionId: rejectionId,
    })) as { id: number };
    await send(options, 'setOffer', { id: applicationId, offer: true });
    await send(options, 'setSiteOn', { site: 'linkedin', on: false });
    const before = await readDatabase(browser.serviceWorker);
    const settingsBefore = await readLocalStorage(browser.serviceWorker);
    expect(before.rejections).toHaveLength(2);
    expect(settingsBefore.siteSwitches).toEqual({ linkedin: false });

    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download everything (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^comeback-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = await download.path();
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup).toMatchObject({ format: 'comeback-backup', version: 1 });
    expect(backup.tables.rejections).toEqual(before.rejections);
    expect(backup.tables.applications).toEqual(before.applications);

    const opener = options.getByRole('button', { name: 'Delete everything…' });
    await opener.click();
    const dialog = options.getByRole('dialog', { name: 'Delete everything?' });
    await dialog.waitFor();
    await options.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await readDatabase(browser.serviceWorker)).rejections).toHaveLength(2);

    await opener.click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByText('Everything was deleted. A fresh start.').waitFor();
    const emptied = await readDatabase(browser.serviceWorker);
    for (const [name, rows] of Object.entries(emptied)) expect(rows, name).toEqual([]);
    expect(await readLocalStorage(browser.serviceWorker)).toEqual({});

    await options.getByLabel('Choose a Comeback backup (.json)').setInputFiles(backupPath);
    await options
      .getByText(
        'Your data is back. Rejections added: 2 · wins added: 1 · applications added: 1 · already here and merged: 0.',
      )
      .waitFor();
    expect(await readDatabase(browser.serviceWorker)).toEqual(before);
    const settingsAfter = await readLocalStorage(browser.serviceWorker);
    expect(settingsAfter.preferences).toEqual(backup.preferences);
    expect(settingsAfter.siteSwitches).toEqual({ linkedin: false });

    // The journey shows the offer with the road that led to it.
    await options.getByRole('tab', { name: 'Your journey' }).click();
    await options.getByRole('heading', { name: 'The yes: Analyst at Fabrikam' }).waitFor();
    await options.getByText("The road that led here: 2 no's, 1 application, 1 day.").waitFor();
    await options.getByRole('tab', { name: 'Your data' }).click();
  });

  it('logs an application in the journey and marks its offer on a past day: the road counts up to that day', async () => {
    // A click on a page not in front waits for its throttled animation frames, seconds each: bring it forward.
    await options.bringToFront();
    const now = Date.now();
    await send(options, 'reportRejection', {
      key: 'gmail:journey-e2e',
      source: 'gmail',
      company: 'Initech',
      role: 'Analyst',
      excerpt: 'We have decided to move forward with other candidates.',
      score: 0.9,
      reasons: [],
      receivedAt: now - 8 * DAY,
    });
    await options.getByRole('tab', { name: 'Your journey' }).click();
    await options.getByRole('button', { name: 'Log an application' }).click();
    await options.getByLabel('Company').fill('Wingtip');
    await options.getByLabel('Role (optional)').fill('Tester');
    await options.getByLabel('Date').fill(dateFieldValue(now - 10 * DAY));
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    const entry = options.locator('li.cb-journey-entry').filter({ hasText: 'Tester at Wingtip' });
    await entry.waitFor();

    await entry.getByRole('button', { name: 'I got an offer' }).click();
    await entry.getByLabel('The day of the offer').fill(dateFieldValue(now - 5 * DAY));
    await entry.getByRole('button', { name: 'Save the offer' }).click();
    const road = options.getByRole('region', { name: 'The yes: Tester at Wingtip' });
    await road.waitFor();
    // The road stops at the offer's day: the rejections and the application logged today came after it.
    await road.getByText('The road that led here: 1 no, 1 application, 5 days.').waitFor();

    await options.getByRole('button', { name: 'Per week' }).click();
    await options.getByRole('img', { name: /per week, over the last 12 weeks/ }).waitFor();
    expect(await options.getByRole('button', { name: 'Per week' }).getAttribute('aria-pressed')).toBe('true');
    await options.getByRole('button', { name: 'Per month' }).click();
    await options.getByRole('img', { name: /per month, over the last 12 months/ }).waitFor();
    await road.getByText('The road that led here: 1 no, 1 application, 5 days.').waitFor();
    await options.getByRole('tab', { name: 'Your data' }).click();
  });

  it('refuses a broken backup with a clear message and changes nothing', async () => {
    const before = await readDatabase(browser.serviceWorker);
    await options.getByLabel('Choose a Comeback backup (.json)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'comeback-backup', version: 1, exportedAt: 0, tables: {} }),
      ),
    });
    await options
      .getByText('This backup is incomplete: tables.rejections is missing. Nothing was changed.')
      .waitFor();
    expect(await readDatabase(browser.serviceWorker)).toEqual(before);
  });

  it('finds every rejection in a generated .mbox of more than a thousand messages, showing its progress', async () => {
    const { mbox, messages, rejections } = await generatedMailbox();
    expect(messages).toBeGreaterThanOrEqual(1000);
    expect(rejections).toBeGreaterThan(100);

    // Every state of the progress bar and its line, as the page showed them.
    await options.evaluate(() => {
      const seen: { value: number; max: number; line: string }[] = [];
      (globalThis as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (!bar) return;
        const line = bar.nextElementSibling?.textContent ?? '';
        const last = seen[seen.length - 1];
        if (last?.value !== bar.value || last.line !== line)
          seen.push({ value: bar.value, max: bar.max, line });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });

    const bytes = Buffer.from(mbox, 'utf8');
    await options.getByLabel('Choose a mailbox file (.mbox)').setInputFiles({
      name: 'All mail Including Spam and Trash.mbox',
      mimeType: 'application/mbox',
      buffer: bytes,
    });
    const count = (value: number) => value.toLocaleString('en-US');
    await options
      .getByText(
        `Done. Messages read: ${count(messages)} · rejections found: ${count(rejections)} · new in your log: ${count(rejections)}.`,
      )
      .waitFor({ timeout: 50_000 });

    const seen = await options.evaluate(
      () =>
        (globalThis as unknown as { progressSeen: { value: number; max: number; line: string }[] })
          .progressSeen,
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((state) => state.max === bytes.length)).toBe(true);
    const values = seen.map((state) => state.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(seen.some((state) => state.value > 0 && state.value < bytes.length)).toBe(true);
    expect(seen.at(-1)?.line).toMatch(
      /^Read [\d.,]+ (kB|MB) of [\d.,]+ (kB|MB) · messages: [\d,]+ · rejections found: [\d,]+$/,
    );

    const stored = (await readDatabase(browser.serviceWorker)).rejections as {
      key: string;
      viewed: number;
    }[];
    const found = stored.filter((rejection) => rejection.key.startsWith('mbox:'));
    expect(found).toHaveLength(rejections);
    expect(found.every((rejection) => rejection.viewed === 1)).toBe(true);
  });

  it('stops a long backfill on "Stop" while the bar moves, and keeps what was found before', async () => {
    const { mbox, messages } = longMailbox();
    const before = (await readDatabase(browser.serviceWorker)).rejections?.length ?? 0;
    const bytes = Buffer.from(mbox, 'utf8');
    await options.getByLabel('Choose a mailbox file (.mbox)').setInputFiles({
      name: 'Five years.mbox',
      mimeType: 'application/mbox',
      buffer: bytes,
    });
    const bar = options.locator('progress');
    await expect
      .poll(() => bar.evaluate((element) => (element as HTMLProgressElement).value))
      .toBeGreaterThan(0);
    await options.getByRole('button', { name: 'Stop' }).click();

    const result = options.getByText(
      /^Stopped\. Messages read: [\d,]+ · new rejections kept in your log: [\d,]+\.$/,
    );
    await result.waitFor({ timeout: 20_000 });
    expect(await bar.count()).toBe(0);
    const [read, kept] =
      ((await result.textContent()) ?? '').match(/[\d,]+/g)?.map((n) => Number(n.replace(/,/g, ''))) ?? [];
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(messages);
    const after = (await readDatabase(browser.serviceWorker)).rejections?.length ?? 0;
    expect(after - before).toBe(kept);
  });

  it('keeps reading a mailbox while another section is on show, and shows the whole result on return', async () => {
    await options.bringToFront();
    const { mbox, messages } = await generatedMailbox();
    await options.getByLabel('Choose a mailbox file (.mbox)').setInputFiles({
      name: 'All mail again.mbox',
      mimeType: 'application/mbox',
      buffer: Buffer.from(mbox, 'utf8'),
    });
    const bar = options.locator('progress');
    await expect
      .poll(() => bar.evaluate((element) => (element as HTMLProgressElement).value))
      .toBeGreaterThan(0);

    await options.getByRole('tab', { name: 'Wins' }).click();
    await options.getByRole('tabpanel', { name: 'Wins' }).waitFor();
    expect(await bar.count()).toBe(0);
    await options.getByRole('tab', { name: 'Your data' }).click();

    // Every message read, none stopped: leaving the section did not end the reading.
    const count = messages.toLocaleString('en-US');
    await options
      .getByText(
        new RegExp(
          `^Done\\. Messages read: ${count} · rejections found: [\\d,]+ · new in your log: [\\d,]+\\.$`,
        ),
      )
      .waitFor({ timeout: 50_000 });
    expect(await bar.count()).toBe(0);
  });
});
