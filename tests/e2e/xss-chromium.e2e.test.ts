import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  launchWithExtension,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import { readRejections, readWins } from './extension-state';
import { NOTICE, openThread } from './gmail-page';
import { recordPageProblems } from './page-problems-chromium';

const MARKUP_INBOX = fileURLToPath(new URL('fixtures/gmail-markup.html', import.meta.url));
const COMPANY = `Acme <img src=x onerror="window.__pwned='company'">`;
const ROLE = `Designer <script>window.__pwned='role'</script>`;
const WIN = `Shipped it <img src=x onerror="window.__pwned='win'"><svg onload="window.__pwned='svg'">`;

/**
 * What a document made of the text it showed: whether any payload ran, and any element that only markup read as
 * HTML could have made (an image, an inline script, an event handler attribute), looking into open shadow roots.
 */
function madeFromMarkup(): { pwned: unknown; elements: string[] } {
  const found: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      const handlers = element.getAttributeNames().filter((name) => name.startsWith('on'));
      if (
        handlers.length > 0 ||
        element.localName === 'img' ||
        (element.localName === 'script' && !element.hasAttribute('src'))
      )
        found.push(`<${element.localName} ${handlers.join(' ')}>`.replace(' >', '>'));
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, elements: found };
}

/** Notes each inline script or handler the page's policy refused: markup that almost ran. */
async function noteRefusedScripts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const refused: string[] = [];
    (window as unknown as { refused: string[] }).refused = refused;
    document.addEventListener('securitypolicyviolation', (event) => refused.push(event.effectiveDirective));
  });
  return () => page.evaluate(() => (window as unknown as { refused: string[] }).refused);
}

describe('Markup in a rejection or a win shows as text, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let gmail: Page;
  let gmailProblems: string[];
  const extensionPage = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  };

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    await serveAsGmail(browser.context, MARKUP_INBOX);
    gmail = await browser.context.newPage();
    gmailProblems = await recordPageProblems(browser.context, gmail);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('stores the markup as the text it was, and shows it as text in the in-page notice', async () => {
    await gmail.goto(GMAIL_INBOX_URL);
    // The page's own inline script, and nothing else of the kind.
    const pageAsServed = await gmail.evaluate(madeFromMarkup);
    expect(pageAsServed).toEqual({ pwned: undefined, elements: ['<script>'] });
    await openThread(gmail, 'Your application for Designer');
    await expect.poll(() => readRejections(browser.serviceWorker)).toHaveLength(1);
    const [stored] = await readRejections(browser.serviceWorker);
    expect(stored).toMatchObject({ company: COMPANY, role: ROLE });
    expect(stored?.excerpt).toContain(`<img src=x onerror="window.__pwned='excerpt'">`);

    const title = gmail.locator(`${NOTICE} >> .title`);
    await title.waitFor();
    expect(await title.textContent()).toContain(COMPANY);
    expect(await gmail.evaluate(madeFromMarkup)).toEqual(pageAsServed);
    expect(gmailProblems).toEqual([]);
  });

  it('shows it as text in the popup: title, template, and a win typed with markup', async () => {
    const popup = await extensionPage('popup.html');
    const refused = await noteRefusedScripts(popup);
    await popup.getByRole('heading', { level: 1, name: `${ROLE} at ${COMPANY}` }).waitFor();
    expect(await popup.getByLabel('Your feedback request (you can edit it)').inputValue()).toContain(COMPANY);
    await popup.getByLabel('A win to remember').fill(WIN);
    await popup.getByRole('button', { name: 'Save win' }).click();
    await expect
      .poll(async () => (await readWins(browser.serviceWorker)).map((win) => win.text))
      .toEqual([WIN]);
    await popup.getByText(WIN, { exact: true }).waitFor();
    expect(await popup.evaluate(madeFromMarkup)).toEqual({ pwned: undefined, elements: [] });
    expect(await refused()).toEqual([]);
  });

  it('shows it as text in the options page: the journey and the wins', async () => {
    const options = await extensionPage('options.html#journey');
    const refused = await noteRefusedScripts(options);
    await options.getByText(`${ROLE} at ${COMPANY}`).first().waitFor();
    await options.getByRole('tab', { name: 'Wins' }).click();
    await options.getByText(WIN, { exact: true }).waitFor();
    expect(await options.evaluate(madeFromMarkup)).toEqual({ pwned: undefined, elements: [] });
    expect(await refused()).toEqual([]);
  });
});
