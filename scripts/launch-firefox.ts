import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBrowser } from './browsers';
import { CHROME_BUILD, DEMO_INBOX } from './launch-chromium';

export const FIREFOX_BUILD = CHROME_BUILD.replace(/chrome-mv3$/, 'firefox-mv2');

/** Where Firefox saves downloads without asking, for tests that download (e.g. an export). */
function downloadPrefs(downloadDir: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
  };
}

/** Real Firefox (WebDriver BiDi) with the built extension installed as a temporary add-on. */
export async function launchFirefoxWithExtension(
  extensionDir = FIREFOX_BUILD,
  options: { downloadDir?: string } = {},
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      ...(options.downloadDir ? downloadPrefs(options.downloadDir) : {}),
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/** A request a tab made, as the interception saw it. */
export interface TabRequest {
  url: string;
  /** The tab loading a page, rather than something a page asked for. */
  navigation: boolean;
  /** Served with our page; the others were refused. */
  answered: boolean;
}

/**
 * Answers every request under `urlPrefix` (e.g. `https://mail.google.com/`) with a page of ours; everything else is
 * refused, so nothing leaves the machine. Answers the log of every request the tab made, kept up to date.
 */
export async function servePageInFirefox(
  page: Page,
  urlPrefix: string,
  htmlFile: string,
  policy?: string,
): Promise<TabRequest[]> {
  const body = readFileSync(htmlFile, 'utf8');
  const headers = policy ? { 'content-security-policy': policy } : undefined;
  const requests: TabRequest[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const answered = request.url().startsWith(urlPrefix);
    requests.push({ url: request.url(), navigation: request.isNavigationRequest(), answered });
    if (answered) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers, body });
    } else {
      void request.abort();
    }
  });
  return requests;
}

export const serveAsGmailInFirefox = (page: Page, htmlFile = DEMO_INBOX, policy?: string) =>
  servePageInFirefox(page, 'https://mail.google.com/', htmlFile, policy);
