import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_INBOX_URL } from '../../scripts/launch-chromium';
import {
  FIREFOX_BUILD,
  launchFirefoxWithExtension,
  serveAsGmailInFirefox,
  type TabRequest,
} from '../../scripts/launch-firefox';
import { HEALTH_POLL } from './extension-state';
import { findExtensionPage, messagesReadInFirefox } from './firefox-extension-state';

const GMAIL = 'https://mail.google.com/';
/** Firefox's own request for the tab's icon: the browser asks it of any site it shows, not the extension. */
const TAB_ICON = `${GMAIL}favicon.ico`;

interface ExtensionApi {
  runtime: { getBackgroundPage(): Promise<Window> };
  extension: { getViews(): Window[] };
  tabs: { create(details: { url: string }): Promise<unknown> };
}

type Watched = Window & { comebackRefusals?: string[] };

/**
 * What a tab asked for that is neither a page the user opened nor the browser's icon request. A `data:` address
 * (the detector's worker starts from one) holds what it loads, so loading it asks nothing of anyone.
 */
const unexpected = (requests: readonly TabRequest[]) =>
  requests.filter(
    ({ url, navigation }) =>
      !(navigation && url.startsWith(GMAIL)) && url !== TAB_ICON && !url.startsWith('data:'),
  );

/**
 * From now on, in every extension document open (the background page, tabs, the popup), notes each load or
 * connection its content security policy refused. The policy lets them reach nothing but the package, so every
 * attempt to reach anything else ends up here: BiDi shows no requests of extension documents, this does.
 */
function watchRefusals(extension: Page): Promise<void> {
  return extension.evaluate(async () => {
    const { browser } = globalThis as unknown as { browser: ExtensionApi };
    const views = new Set<Watched>([
      await browser.runtime.getBackgroundPage(),
      ...browser.extension.getViews(),
    ]);
    for (const view of views) {
      if (view.comebackRefusals) continue;
      const refusals: string[] = [];
      view.comebackRefusals = refusals;
      view.document.addEventListener('securitypolicyviolation', (event) =>
        refusals.push(`${view.location.pathname} ${event.effectiveDirective} ${event.blockedURI}`),
      );
    }
  });
}

/** Every refusal noted so far, and the documents watched; `clear` starts the notes afresh. */
function refusals(extension: Page, clear = false): Promise<{ refused: string[]; watched: string[] }> {
  return extension.evaluate(async (clear) => {
    const { browser } = globalThis as unknown as { browser: ExtensionApi };
    const views = new Set<Watched>([
      await browser.runtime.getBackgroundPage(),
      ...browser.extension.getViews(),
    ]);
    const watched = [...views].filter((view) => view.comebackRefusals);
    const refused = watched.flatMap((view) => [...(view.comebackRefusals ?? [])]);
    if (clear) for (const view of watched) view.comebackRefusals?.splice(0);
    return { refused, watched: watched.map((view) => view.location.pathname).sort() };
  }, clear);
}

/** Opens one of the extension's pages in a tab, as a link from the extension would, and finds it. */
async function openExtensionTab(browser: Browser, extension: Page, path: string): Promise<Page> {
  await extension.evaluate(async (url) => {
    const { browser } = globalThis as unknown as { browser: ExtensionApi };
    await browser.tabs.create({ url });
  }, `/${path}`);
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension:') && href.endsWith(`/${path}`)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${path} did not open`);
}

async function openThread(page: Page, thread: string): Promise<void> {
  await page.goto(GMAIL_INBOX_URL);
  await page.locator(`tr[data-open="${thread}"]`).click();
  await page.waitForSelector('h2.hP');
}

/** Tries to reach `url` from wherever it runs; answers how it went. */
async function tryFetch(url: string): Promise<string> {
  try {
    return `answered ${(await fetch(url)).status}`;
  } catch {
    return 'refused';
  }
}

describe('Privacy in real Firefox ESR: no request beyond the pages the user opens', () => {
  let browser: Browser;
  let extension: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'comeback-downloads-'));

  beforeAll(async () => {
    browser = await launchFirefoxWithExtension(FIREFOX_BUILD, { downloadDir: downloads });
    extension = await findExtensionPage(browser);
    await watchRefusals(extension);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it("hears what a Gmail tab asks for, and what the extension's documents are refused", async () => {
    const gmail = await browser.newPage();
    const requests = await serveAsGmailInFirefox(gmail);
    await gmail.goto(GMAIL_INBOX_URL);
    expect(await gmail.evaluate(tryFetch, `${GMAIL}sync`)).toBe('answered 200');
    expect(await gmail.evaluate(tryFetch, 'https://tracker.example/pixel')).toBe('refused');
    expect(unexpected(requests).map(({ url }) => url)).toEqual([
      `${GMAIL}sync`,
      'https://tracker.example/pixel',
    ]);

    expect(await extension.evaluate(tryFetch, `${GMAIL}from-a-page`)).toBe('refused');
    await extension.evaluate(async (url) => {
      const { browser } = globalThis as unknown as { browser: ExtensionApi };
      await (await browser.runtime.getBackgroundPage()).fetch(url).catch(() => undefined);
    }, `${GMAIL}from-the-background`);
    expect((await refusals(extension, true)).refused.sort()).toEqual([
      `/_generated_background_page.html connect-src ${GMAIL}from-the-background`,
      `/onboarding.html connect-src ${GMAIL}from-a-page`,
    ]);
    await gmail.close();
  });

  it('a whole session asks for nothing but the Gmail pages opened: mail, notice, popup, every settings section, export', async () => {
    const mail = await browser.newPage();
    const requests = await serveAsGmailInFirefox(mail);
    const read = () => messagesReadInFirefox(extension, 'gmail');
    const readBefore = await read();
    // Read, as a user reads it, before the next one opens.
    await openThread(mail, 'thread-northwind');
    await expect.poll(read, HEALTH_POLL).toBe(readBefore + 1);
    await openThread(mail, 'thread-lumenfield');
    await mail.waitForSelector('[data-comeback-notice] >>> .title');

    const popup = await openExtensionTab(browser, extension, 'popup.html');
    await watchRefusals(extension);
    const field = await popup.waitForSelector('::-p-aria([name="A win to remember"][role="textbox"])');
    await field?.type('Led the redesign of the onboarding flow');
    await (await popup.waitForSelector('::-p-aria([name="Save win"][role="button"])'))?.click();
    await popup.waitForFunction(() => document.body.textContent?.includes('Saved. Good to remember.'));

    const options = await openExtensionTab(browser, extension, 'options.html');
    await watchRefusals(extension);
    const tabs = await options.$$eval('[role="tab"]', (elements) =>
      elements.map((tab) => tab.textContent ?? ''),
    );
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    for (const name of tabs) {
      await options.locator(`::-p-aria([name="${name}"][role="tab"])`).click();
      await options.waitForFunction(
        (name) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === name,
        {},
        name,
      );
    }
    await options.locator('::-p-aria(Download everything \\(JSON\\))').click();
    await options.locator('::-p-aria(Download the log \\(CSV\\))').click();
    await expect
      .poll(() => readdirSync(downloads).sort())
      .toEqual([
        expect.stringMatching(/^comeback-backup-.*\.json$/),
        expect.stringMatching(/^comeback-log-.*\.csv$/),
      ]);
    // The content script's health counts have reached the background: its messages were part of the session.
    await expect.poll(read, HEALTH_POLL).toBe(readBefore + 2);

    expect(unexpected(requests)).toEqual([]);
    expect(requests.some(({ navigation, url }) => navigation && url.startsWith(GMAIL))).toBe(true);
    const { refused, watched } = await refusals(extension);
    expect(refused).toEqual([]);
    expect(watched).toEqual(
      expect.arrayContaining([
        '/_generated_background_page.html',
        '/onboarding.html',
        '/options.html',
        '/popup.html',
      ]),
    );
  });
});
