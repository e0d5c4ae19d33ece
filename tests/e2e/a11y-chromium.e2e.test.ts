import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import type { Preferences } from '@/storage/preferences';
import {
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  launchWithExtension,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import { readLocal, readRejections, readWins, sendFrom } from './extension-state';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The README's pictures are refreshed on request only, so an ordinary run leaves the work tree as it was. */
const SCREENSHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : '.output/screenshots');
const SCHEMES = ['light', 'dark'] as const;
/** WCAG 2.2 A and AA, and axe's best practices (landmarks, heading order…). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const NOTICE = '[data-comeback-notice]';
const DAY = 24 * 60 * 60 * 1000;

/**
 * Serious and critical axe-core findings on the page, or inside `scope` (open shadow roots included), one line
 * each: the rule and the elements it found.
 */
async function axeProblems(page: Page, scope?: string): Promise<string[]> {
  // Evaluated rather than added as a script tag: extension pages' CSP refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([selector, tags]) => {
      const { axe } = window as unknown as {
        axe: {
          run(
            context: Element | Document,
            options: object,
          ): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }>;
        };
      };
      const context = selector ? document.querySelector(selector) : document;
      if (!context) throw new Error(`Nothing to check: no ${selector}`);
      const { violations } = await axe.run(context, {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: tags },
      });
      return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`,
        );
    },
    [scope, AXE_TAGS] as const,
  );
}

/** Checks the page in light and dark, leaving it in light. */
async function expectAccessibleInBothSchemes(page: Page, what: string, scope?: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await axeProblems(page, scope), `${what}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

interface TabStep {
  /** Index of the focused control in document order (a radio group counts once), or -1 for anything else. */
  index: number;
  /** What was focused, for the failure message. */
  name: string;
  /** An outline or a box shadow drawn while it matched `:focus-visible`. */
  focusShown: boolean;
}

/**
 * Presses Tab from the top of the page through every control and one step past, noting what each press
 * focused and whether a focus ring showed. Returns the controls a keyboard user should reach, and the steps.
 */
async function walkWithTab(page: Page): Promise<{ controls: string[]; steps: TabStep[] }> {
  const controls = await page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]',
    );
    const reachable = [...candidates].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        element.checkVisibility({ visibilityProperty: true }),
    );
    // Tab stops once per radio group: keep its first button to stand for it.
    const groups = new Set<string>();
    const stops = reachable.filter((element) => {
      if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
      if (groups.has(element.name)) return false;
      groups.add(element.name);
      return true;
    });
    (window as unknown as { tabStops: HTMLElement[] }).tabStops = stops;
    return stops.map((element) => element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '');
  });
  // Tab goes on from where focus or a click last was: start it from a mark at the very top of the page.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'tab-walk-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const steps: TabStep[] = [];
  for (let press = 0; press <= controls.length; press += 1) {
    await page.keyboard.press('Tab');
    steps.push(
      await page.evaluate(() => {
        const stops = (window as unknown as { tabStops: HTMLElement[] }).tabStops;
        const active = document.activeElement as HTMLElement | null;
        const stand =
          active instanceof HTMLInputElement && active.type === 'radio'
            ? stops.find((stop) => (stop as HTMLInputElement).name === active.name)
            : active;
        const style = active ? getComputedStyle(active) : undefined;
        const outlined =
          style !== undefined && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
        return {
          index: stand ? stops.indexOf(stand) : -1,
          name: active
            ? `${active.tagName.toLowerCase()} ${active.textContent?.trim().slice(0, 40) ?? ''}`
            : 'none',
          focusShown: active?.matches(':focus-visible') === true && (outlined || style?.boxShadow !== 'none'),
        };
      }),
    );
  }
  await page.evaluate(() => document.getElementById('tab-walk-start')?.remove());
  return { controls, steps };
}

/** Tab reaches every control once, in document order, each with a visible focus ring; then focus leaves. */
async function expectKeyboardReachesEverything(page: Page, what: string): Promise<void> {
  const { controls, steps } = await walkWithTab(page);
  expect(controls.length, what).toBeGreaterThan(0);
  const visited = steps.slice(0, controls.length);
  expect(
    visited.map((step) => step.index),
    `${what}: expected ${controls.join(' | ')}; reached ${visited.map((step) => step.name).join(' | ')}`,
  ).toEqual(controls.map((_, index) => index));
  expect(
    visited.filter((step) => !step.focusShown).map((step) => step.name),
    `${what}: focus not shown`,
  ).toEqual([]);
  expect(steps.at(-1)?.index, `${what}: Tab after the last control`).toBe(-1);
}

function screenshot(page: Page, file: string, fullPage = false): Promise<Buffer> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return page.screenshot({ path: join(SCREENSHOTS, file), fullPage });
}

/** A few rejections found in a mailbox export, a month or so apart over the last months. */
function pastRejections(now: number): RejectionReport[] {
  const past = [
    { company: 'Northwind', role: 'Product Designer', daysAgo: 95 },
    { company: 'Harbor & Pine', role: 'UX Designer', daysAgo: 64 },
    { company: 'Brightwater', role: 'Design Lead', daysAgo: 33 },
  ];
  return past.map(
    ({ company, role, daysAgo }): RejectionReport => ({
      key: `mbox:${company}`,
      source: 'mbox',
      company,
      role,
      subject: `Your application for ${role}`,
      excerpt: 'After careful consideration, we have decided to move forward with other candidates.',
      score: 0.9,
      reasons: ['we have decided to move forward with other candidates'],
      receivedAt: now - daysAgo * DAY,
    }),
  );
}

describe('accessible in real Chromium, light and dark: onboarding, the notice, popup and options', () => {
  let browser: ExtensionBrowser;
  let onboarding: Page;

  const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  const onboardingTabs = () =>
    browser.context.pages().filter((page) => page.url() === extensionPage('onboarding.html'));

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    await serveAsGmail(browser.context);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the onboarding page on install, and only then', async () => {
    await expect.poll(() => onboardingTabs().length).toBe(1);
    [onboarding] = onboardingTabs() as [Page];
    await onboarding.getByRole('heading', { level: 1, name: 'Welcome to Comeback' }).waitFor();

    // An update greets nobody; a fresh install (as if installed again) does.
    await browser.serviceWorker.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { onInstalled: { dispatch(details: object): void } } };
      };
      chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.1' });
      chrome.runtime.onInstalled.dispatch({ reason: 'install' });
    });
    await expect.poll(() => onboardingTabs().length).toBe(2);
    await onboardingTabs()[1]?.close();
  });

  it('onboarding says what is read and kept, saves the first wins and the time to feel it', async () => {
    await onboarding.setViewportSize({ width: 900, height: 900 });
    await onboarding
      .getByText('Only the message you open in Gmail, Outlook, and LinkedIn, read inside the page.', {
        exact: false,
      })
      .waitFor();
    await onboarding
      .getByText(/^All of it stays in this browser, on this device\. Nothing leaves it/)
      .waitFor();
    await expectAccessibleInBothSchemes(onboarding, 'onboarding');

    await onboarding
      .getByLabel('Add a win, or paste a list: one per line')
      .fill('Led the redesign that cut support tickets by a third\nMentored two junior designers');
    await onboarding.getByRole('button', { name: 'Add to my wins' }).click();
    await onboarding.getByText('Added 2 to your wins. Good to remember.').waitFor();
    expect((await readWins(browser.serviceWorker)).map((win) => win.text).sort()).toEqual([
      'Led the redesign that cut support tickets by a third',
      'Mentored two junior designers',
    ]);

    const group = onboarding.getByRole('group', { name: 'Time to take before the gentle check-in' });
    expect(await group.getByLabel('A day').isChecked()).toBe(true);
    await group.getByLabel('Two days').check();
    await onboarding.getByText('Saved. You can still choose another length each time.').waitFor();
    await expect
      .poll(async () => (await readLocal<Preferences>(browser.serviceWorker, 'preferences'))?.pauseDefault)
      .toBe('twoDays');

    expect(await onboarding.getByRole('link', { name: 'Open Gmail' }).getAttribute('href')).toBe(
      'https://mail.google.com/',
    );
    await expectAccessibleInBothSchemes(onboarding, 'onboarding with its answers');
    await expectKeyboardReachesEverything(onboarding, 'onboarding');
    await screenshot(onboarding, 'onboarding.png', true);
  });

  it('the notice in Gmail passes axe, is reached by Tab with its focus shown, and Escape closes it', async () => {
    const gmail = await browser.context.newPage();
    await gmail.setViewportSize({ width: 1200, height: 720 });
    await gmail.goto(GMAIL_INBOX_URL);
    await gmail.getByRole('row').filter({ hasText: 'Senior Product Designer' }).click();
    await gmail.locator(NOTICE).getByRole('button', { name: 'Open my plan' }).waitFor();
    // Judged once it has risen into view: half-way through its fade, its colours are not yet its own.
    await gmail
      .locator(NOTICE)
      .evaluate((host) =>
        Promise.all((host.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished)),
      );
    await expectAccessibleInBothSchemes(gmail, 'notice', NOTICE);
    await screenshot(gmail, 'notice.png');

    const focusInNotice = () =>
      gmail.evaluate((selector) => {
        const host = document.querySelector(selector);
        const focused = host?.shadowRoot?.activeElement;
        if (document.activeElement !== host || !focused) return undefined;
        const style = getComputedStyle(focused);
        return {
          name: focused.getAttribute('aria-label') ?? focused.textContent,
          focusShown: focused.matches(':focus-visible') && style.outlineStyle !== 'none',
        };
      }, NOTICE);
    let reached: Awaited<ReturnType<typeof focusInNotice>>;
    for (let press = 0; press < 100 && !reached; press += 1) {
      await gmail.keyboard.press('Tab');
      reached = await focusInNotice();
    }
    expect(reached).toEqual({ name: 'Open my plan', focusShown: true });
    await gmail.keyboard.press('Tab');
    expect(await focusInNotice()).toEqual({ name: 'Not a rejection', focusShown: true });
    await gmail.keyboard.press('Tab');
    expect(await focusInNotice()).toEqual({ name: 'Close', focusShown: true });

    await gmail.keyboard.press('Escape');
    expect(await gmail.locator(NOTICE).count()).toBe(0);
    expect(await readRejections(browser.serviceWorker)).toHaveLength(1);
    await gmail.close();
  });

  it('the popup passes axe and every control is reached by Tab, with its focus shown', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(extensionPage('popup.html'));
    await popup.getByRole('heading', { level: 1, name: 'Senior Product Designer at Lumenfield' }).waitFor();
    await popup.getByRole('checkbox', { name: 'Update your resume' }).check();
    await expectAccessibleInBothSchemes(popup, 'popup');
    await expectKeyboardReachesEverything(popup, 'popup');

    await popup.getByText('A short, honest look back').click();
    await expectAccessibleInBothSchemes(popup, 'popup with the reflection open');
    await popup.getByText('A short, honest look back').click();

    for (const colorScheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme });
      await screenshot(popup, colorScheme === 'light' ? 'popup.png' : 'popup-dark.png', true);
    }
    await popup.close();
  });

  describe('the options page', () => {
    let options: Page;

    beforeAll(async () => {
      const now = Date.now();
      await sendFrom(onboarding, 'addBackfill', { reports: pastRejections(now) });
      await sendFrom(onboarding, 'logApplication', {
        company: 'Fieldstone',
        role: 'Product Designer',
        appliedAt: now - 80 * DAY,
      });
      const { id: offer } = await sendFrom(onboarding, 'logApplication', {
        company: 'Lakeside Studio',
        role: 'Senior Designer',
        appliedAt: now - 20 * DAY,
      });
      await sendFrom(onboarding, 'setOffer', { id: offer, offer: true });
      options = await browser.context.newPage();
      await options.setViewportSize({ width: 1000, height: 800 });
      await options.goto(extensionPage('options.html'));
      await options.getByRole('heading', { level: 1, name: 'Comeback settings' }).waitFor();
    });

    const tab = (name: string) => options.getByRole('tab', { name });

    it('every section passes axe in light and dark, and Tab reaches each of its controls', async () => {
      const names = await options.getByRole('tab').allTextContents();
      expect(names).toHaveLength(8);
      for (const name of names) {
        await tab(name).click();
        // A section shows its heading at once, and the rest once its data is read.
        await options.getByRole('tabpanel', { name }).locator(':scope > h2 + *').first().waitFor();
        await expectAccessibleInBothSchemes(options, `options: ${name}`);
        await expectKeyboardReachesEverything(options, `options: ${name}`);
      }
    });

    it('arrow keys, Home and End move between sections', async () => {
      await tab('Sites').click();
      await options.keyboard.press('ArrowDown');
      await tab('Wins').and(options.locator(':focus')).waitFor();
      expect(await tab('Wins').getAttribute('aria-selected')).toBe('true');
      await options.getByRole('tabpanel', { name: 'Wins' }).waitFor();
      await options.keyboard.press('End');
      expect(await tab('Your data').getAttribute('aria-selected')).toBe('true');
      await options.keyboard.press('ArrowRight');
      expect(await tab('Sites').getAttribute('aria-selected')).toBe('true');
      await options.keyboard.press('ArrowUp');
      expect(await tab('Your data').getAttribute('aria-selected')).toBe('true');
      await options.keyboard.press('Home');
      await tab('Sites').and(options.locator(':focus')).waitFor();
      expect(options.url()).toBe(extensionPage('options.html#sites'));
    });

    it('the delete-everything dialog passes axe, starts on the safe choice, and Escape closes it', async () => {
      await tab('Your data').click();
      const open = options.getByRole('button', { name: 'Delete everything…' });
      await open.focus();
      await options.keyboard.press('Enter');
      const dialog = options.getByRole('dialog', { name: 'Delete everything?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Keep my data' }).and(options.locator(':focus')).waitFor();
      await expectAccessibleInBothSchemes(options, 'delete dialog');

      await options.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await readRejections(browser.serviceWorker)).toHaveLength(4);
    });

    it('shows the journey with its rejections, applications and the offer', async () => {
      await tab('Your journey').click();
      await options.getByText('The yes: Senior Designer at Lakeside Studio').waitFor();
      await expect.poll(() => options.getByText(/· From a mailbox export$/).count()).toBe(3);
      await screenshot(options, 'journey.png', true);
      await tab('Wins').click();
      await options.getByText('Mentored two junior designers').waitFor();
      await screenshot(options, 'options.png');
    });

    it('links back to the onboarding page', async () => {
      await options.getByRole('link', { name: 'How Comeback works' }).click();
      await options.getByRole('heading', { level: 1, name: 'Welcome to Comeback' }).waitFor();
    });
  });
});
