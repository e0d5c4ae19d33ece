import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import type { Preferences } from '@/storage/preferences';
import {
  type ExtensionBrowser,
  GMAIL_INBOX_URL,
  launchWithExtension,
  serveAsGmail,
} from '../../scripts/launch-chromium';
import { AXE_SOURCE, AXE_TAGS, seriousAxeFindings } from './axe';
import {
  logSelectionFromMenu,
  openExtensionPages,
  readApplications,
  readLocal,
  readRejections,
  readWins,
  sendFrom,
} from './extension-state';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The README's pictures are refreshed on request only, so an ordinary run leaves the work tree as it was. */
const SCREENSHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : '.output/screenshots');
const SCHEMES = ['light', 'dark'] as const;
/** The size the Chrome Web Store takes screenshots at (or half of it, 640×400). */
const STORE_SIZE = { width: 1280, height: 800 };
const NOTICE = '[data-comeback-notice]';
const DAY = 24 * 60 * 60 * 1000;

/** Serious and critical axe-core findings on the page, or inside `scope` (open shadow roots included). */
async function axeProblems(page: Page, scope?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(seriousAxeFindings, [scope ?? null, AXE_TAGS] as const);
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

/** Runs in the page: whether focus is still on the date field it was on before the last Tab. */
function isInDateField(): boolean {
  const state = window as unknown as { lastFocused?: Element | null };
  const active = document.activeElement;
  const stayed = active === state.lastFocused && active instanceof HTMLInputElement && active.type === 'date';
  state.lastFocused = active;
  return stayed;
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
    (window as unknown as { lastFocused?: Element }).lastFocused = start;
  });
  const steps: TabStep[] = [];
  for (let press = 0; press <= controls.length; press += 1) {
    await page.keyboard.press('Tab');
    // A date field is one control with a stop per part (day, month, year): Tab walks through its parts first.
    for (let part = 0; part < 4 && (await page.evaluate(isInDateField)); part += 1)
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

/** Runs in the page: whether `text` draws in some colour when drawn in black, as a colour emoji does. */
function drawsInColour(text: string): boolean {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return false;
  context.font = '48px sans-serif';
  context.fillStyle = 'black';
  context.fillText(text, 0, 48);
  const { data } = context.getImageData(0, 0, 64, 64);
  for (let pixel = 0; pixel < data.length; pixel += 4) {
    const [red = 0, green = 0, blue = 0] = data.subarray(pixel, pixel + 3);
    if (Math.max(red, green, blue) - Math.min(red, green, blue) > 64) return true;
  }
  return false;
}

function screenshot(page: Page, file: string, fullPage = false): Promise<Buffer> {
  const path = join(SCREENSHOTS, file);
  mkdirSync(dirname(path), { recursive: true });
  return page.screenshot({ path, fullPage });
}

/** A picture for the store listing (`docs/store-listing.md`): the page as it shows at the store's size. */
async function storeScreenshot(page: Page, file: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize(STORE_SIZE);
  await screenshot(page, `store/${file}`);
  if (before) await page.setViewportSize(before);
}

/**
 * The popup for the store listing: its window at the top, then scrolled down to each of `further`, side by side on
 * a calm page of the store's size (the popup alone is narrower and taller than any size the store takes).
 */
async function storePopupScreenshot(popup: Page, further: Locator[], file: string): Promise<void> {
  const frame = { width: 400, height: 680 };
  const before = popup.viewportSize();
  await popup.setViewportSize(frame);
  await popup.evaluate(() => scrollTo(0, 0));
  const views = [await popup.screenshot()];
  for (const part of further) {
    // A little below the window's top edge, so the card it is in shows where it starts.
    await part.evaluate((element) => scrollTo(0, element.getBoundingClientRect().top + scrollY - 24));
    views.push(await popup.screenshot());
  }
  await popup.evaluate(() => scrollTo(0, 0));
  if (before) await popup.setViewportSize(before);

  const page = await popup.context().newPage();
  await page.setViewportSize(STORE_SIZE);
  const shown = views
    .map(
      (png) =>
        `<img alt="" width="${frame.width}" height="${frame.height}" src="data:image/png;base64,${png.toString('base64')}">`,
    )
    .join('');
  await page.setContent(
    `<body style="margin:0;height:100vh;display:flex;gap:20px;align-items:center;justify-content:center;
      background:linear-gradient(135deg,#f6ede4,#e7efe9)">${shown}<style>img{border-radius:12px;
      box-shadow:0 12px 32px rgb(60 40 20 / 18%)}</style></body>`,
  );
  await screenshot(page, `store/${file}`);
  await page.close();
}

/** A rejection found in a mailbox export. */
function foundInMailbox(company: string, role: string, receivedAt: number): RejectionReport {
  return {
    key: `mbox:${company}`,
    source: 'mbox',
    company,
    role,
    subject: `Your application for ${role}`,
    excerpt: 'After careful consideration, we have decided to move forward with other candidates.',
    score: 0.9,
    reasons: ['we have decided to move forward with other candidates'],
    receivedAt,
  };
}

/** A few rejections found in a mailbox export, a month or so apart over the last months. */
function pastRejections(now: number): RejectionReport[] {
  const past = [
    { company: 'Northwind', role: 'Product Designer', daysAgo: 95 },
    { company: 'Harbor & Pine', role: 'UX Designer', daysAgo: 64 },
    { company: 'Brightwater', role: 'Design Lead', daysAgo: 33 },
  ];
  return past.map(({ company, role, daysAgo }) => foundInMailbox(company, role, now - daysAgo * DAY));
}

describe('accessible in real Chromium, light and dark: onboarding, the notice, popup and options', () => {
  let browser: ExtensionBrowser;
  let onboarding: Page;

  const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  const onboardingTabs = () =>
    browser.context.pages().filter((page) => page.url() === extensionPage('onboarding.html'));
  const EMPTY_POPUP = "Nothing here yet, and that's fine.";

  /** The popup page in a tab of the toolbar popup's width. */
  async function openPopup(query = ''): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(extensionPage(`popup.html${query}`));
    return popup;
  }

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

  it('the empty popup, the first thing a new user sees, passes axe and Tab reaches its form', async () => {
    const popup = await openPopup();
    await popup.getByRole('heading', { level: 1, name: EMPTY_POPUP }).waitFor();
    await popup.getByRole('heading', { level: 2, name: 'Log a rejection' }).waitFor();
    await expectAccessibleInBothSchemes(popup, 'empty popup');
    await expectKeyboardReachesEverything(popup, 'empty popup');
    await popup.close();
  });

  it('the draft from selected text passes axe, Tab reaches its fields, and Cancel saves nothing', async () => {
    await logSelectionFromMenu(
      browser.serviceWorker,
      'Thank you for applying for the Data Analyst role at Brightwater. After careful consideration, ' +
        'we have decided to move forward with other candidates.',
    );
    // The background opens the draft for the user: in the toolbar popup, or in a tab where that is refused.
    await expect
      .poll(async () => (await openExtensionPages(browser.serviceWorker)).join(' '))
      .toMatch(/popup\.html/);
    const popup = await openPopup('?draft=1');
    await popup.getByRole('heading', { level: 1, name: 'Log this as a rejection?' }).waitFor();
    expect(await popup.getByLabel('Company').inputValue()).toBe('Brightwater');
    await expectAccessibleInBothSchemes(popup, 'selection draft');
    await expectKeyboardReachesEverything(popup, 'selection draft');

    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.getByRole('heading', { level: 1, name: EMPTY_POPUP }).waitFor();
    expect(await readRejections(browser.serviceWorker)).toEqual([]);
    for (const page of browser.context.pages()) if (page.url().includes('popup.html')) await page.close();
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
    // The demo subject ends in 🌱: without a colour emoji font (fonts-noto-color-emoji) it shows as a grey box.
    expect(await gmail.evaluate(drawsInColour, '🌱'), 'an emoji font for the pictures').toBe(true);
    await screenshot(gmail, 'notice.png');
    // The store shows the notice as it looks in Gmail: the demo inbox's own banner stays out of that picture.
    const demoBanner = gmail.locator('.demo-banner');
    await demoBanner.evaluate((banner: HTMLElement) => banner.style.setProperty('display', 'none'));
    await storeScreenshot(gmail, 'notice.png');
    await demoBanner.evaluate((banner: HTMLElement) => banner.style.removeProperty('display'));

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
    const popup = await openPopup();
    const title = popup.getByRole('heading', { level: 1, name: 'Senior Product Designer at Lumenfield' });
    await title.waitFor();
    await popup.getByRole('checkbox', { name: 'Update your resume' }).check();
    await expectAccessibleInBothSchemes(popup, 'popup');
    await expectKeyboardReachesEverything(popup, 'popup');

    await popup.getByText('A short, honest look back').click();
    await expectAccessibleInBothSchemes(popup, 'popup with the reflection open');
    await popup.getByText('A short, honest look back').click();

    const logToggle = popup.getByRole('button', { name: 'Log a rejection' });
    await logToggle.click();
    await popup.getByRole('heading', { level: 2, name: 'Log a rejection' }).waitFor();
    expect(await logToggle.getAttribute('aria-expanded')).toBe('true');
    await expectAccessibleInBothSchemes(popup, 'popup with the form to log a rejection');
    await expectKeyboardReachesEverything(popup, 'popup with the form to log a rejection');
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await popup.getByRole('heading', { level: 2, name: 'Log a rejection' }).waitFor({ state: 'detached' });

    // Walking through with Tab leaves the feedback request scrolled to its end: start afresh for the pictures.
    await popup.reload();
    await title.waitFor();
    await expect
      .poll(() => popup.getByLabel('Your feedback request (you can edit it)').inputValue())
      .toMatch(/^Hi Priya,/);
    for (const colorScheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme });
      await screenshot(popup, colorScheme === 'light' ? 'popup.png' : 'popup-dark.png', true);
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await storePopupScreenshot(
      popup,
      [
        popup.getByText('Your feedback request (you can edit it)'),
        popup.getByRole('heading', { name: 'Next application checklist' }),
      ],
      'popup.png',
    );
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

    const tab = (name: string) => options.getByRole('tab', { name, exact: true });
    /** The application logged above, in the journey's timeline. */
    const fieldstoneEntry = () =>
      options.locator('.cb-journey-entry').filter({ hasText: 'Product Designer at Fieldstone' });

    it('every section passes axe in light and dark, and Tab reaches each of its controls', async () => {
      const names = await options.getByRole('tab').allTextContents();
      expect(names).toHaveLength(9);
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
      await storeScreenshot(options, 'journey.png');
      await tab('Wins').click();
      await options.getByText('Mentored two junior designers').waitFor();
      await screenshot(options, 'options.png');
      await storeScreenshot(options, 'options.png');
    });

    it('the journey forms pass axe, and Tab reaches each of their fields', async () => {
      await tab('Your journey').click();
      const panel = options.getByRole('tabpanel', { name: 'Your journey' });
      const logToggle = panel.getByRole('button', { name: 'Log an application' });
      await logToggle.click();
      await panel.getByRole('form', { name: 'Your next application' }).waitFor();
      await expectAccessibleInBothSchemes(options, 'journey: log an application');
      await expectKeyboardReachesEverything(options, 'journey: log an application');
      await panel.getByRole('button', { name: 'Cancel' }).click();
      expect(await logToggle.getAttribute('aria-expanded')).toBe('false');

      const fieldstone = fieldstoneEntry();
      await fieldstone.getByRole('button', { name: 'Edit' }).click();
      const edit = panel.getByRole('form', { name: /^Edit: Product Designer at Fieldstone/ });
      await edit.waitFor();
      expect(await edit.getByLabel('Company').inputValue()).toBe('Fieldstone');
      await expectAccessibleInBothSchemes(options, 'journey: edit an application');
      await expectKeyboardReachesEverything(options, 'journey: edit an application');
      await edit.getByRole('button', { name: 'Cancel' }).click();

      await fieldstone.getByRole('button', { name: 'I got an offer' }).click();
      const offerDay = fieldstone.getByLabel('The day of the offer');
      await offerDay.and(options.locator(':focus')).waitFor();
      await expectAccessibleInBothSchemes(options, 'journey: the day of the offer');
      await expectKeyboardReachesEverything(options, 'journey: the day of the offer');
      await fieldstone.getByRole('button', { name: 'Cancel' }).click();
      await offerDay.waitFor({ state: 'detached' });
      expect((await readApplications(browser.serviceWorker)).filter((each) => each.offerAt)).toHaveLength(1);
    });

    it('the delete-application dialog passes axe, starts on the safe choice, and Escape keeps it', async () => {
      const open = fieldstoneEntry().getByRole('button', { name: 'Delete' });
      await open.focus();
      await options.keyboard.press('Enter');
      const dialog = options.getByRole('dialog', { name: 'Delete Product Designer at Fieldstone?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Keep it' }).and(options.locator(':focus')).waitFor();
      await expectAccessibleInBothSchemes(options, 'delete-application dialog');

      await options.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await readApplications(browser.serviceWorker)).toHaveLength(2);
    });

    it('"You and your reminders" passes axe with every setting on, and Tab reaches each one', async () => {
      await tab('You').click();
      const you = options.getByRole('region', { name: 'You and your reminders' });
      await you.getByLabel('Your name').fill('Sam');
      await you.getByLabel('No reminders during quiet hours').check();
      await you.getByLabel('Remind me once when a feedback request gets no answer').check();
      expect(await you.getByLabel('From').isDisabled()).toBe(false);
      await expectAccessibleInBothSchemes(options, 'options: you and your reminders');
      await expectKeyboardReachesEverything(options, 'options: you and your reminders');
      await you.getByRole('button', { name: 'Save these settings' }).click();
      await you.getByText('Saved. Your reminders follow these settings from now on.').waitFor();
      await expectAccessibleInBothSchemes(options, 'options: you and your reminders, saved');
    });

    it('what Comeback learned, with its Forget buttons, passes axe, and Tab reaches each one', async () => {
      // A mail wrongly read as a rejection, from a sender and in words no other rejection here shares.
      const { status, id } = (await sendFrom(onboarding, 'reportRejection', {
        key: 'gmail:a11y-correction',
        source: 'gmail',
        company: 'Quarry Labs',
        role: 'Researcher',
        fromEmail: 'events@quarrylabs.example',
        subject: 'Your ticket for the Quarry Labs meetup',
        excerpt: 'Unfortunately the meetup is full, so we cannot offer you a seat this time.',
        score: 0.8,
        reasons: ['unfortunately the meetup is full'],
        receivedAt: Date.now(),
      })) as { status: string; id: number };
      expect(status).toBe('added');
      const popup = await openPopup(`?id=${id}`);
      await popup.getByRole('button', { name: 'Not a rejection', exact: true }).click();
      await popup
        .getByRole('dialog', { name: 'Not a rejection?' })
        .getByRole('button', { name: 'Yes, remove it' })
        .click();
      await expect.poll(async () => (await readRejections(browser.serviceWorker)).length).toBe(4);
      await popup.close();

      await tab('Your data').click();
      const learned = options.getByRole('region', { name: 'What Comeback learned from you' });
      const forgetButtons = learned.getByRole('button', { name: /^Forget: / });
      await expect.poll(() => forgetButtons.count()).toBeGreaterThan(0);
      await learned.getByText('Messages from events@quarrylabs.example', { exact: false }).waitFor();
      await expectAccessibleInBothSchemes(options, 'options: what Comeback learned');
      await expectKeyboardReachesEverything(options, 'options: what Comeback learned');

      // Forgotten again, so the rejections stored later are judged as before.
      while ((await forgetButtons.count()) > 0) {
        const before = await forgetButtons.count();
        await forgetButtons.first().click();
        await expect.poll(() => forgetButtons.count()).toBe(before - 1);
      }
      await learned.getByText('Forgotten. Messages like that will be noticed again.').waitFor();
      await expectAccessibleInBothSchemes(options, 'options: what Comeback learned, forgotten');
    });

    it('links back to the onboarding page', async () => {
      await options.getByRole('link', { name: 'How Comeback works' }).click();
      await options.getByRole('heading', { level: 1, name: 'Welcome to Comeback' }).waitFor();
    });
  });

  describe('the popup with many rejections', () => {
    /** How many the switcher offers at first (`SWITCHER_STEP`): as many again make older ones to offer. */
    const OFFERED_FIRST = 50;
    /** Lumenfield, read in Gmail, and the three from the mailbox export; then as many as offered at first. */
    const STORED = 4 + OFFERED_FIRST;
    let popup: Page;

    beforeAll(async () => {
      const now = Date.now();
      await sendFrom(onboarding, 'addBackfill', {
        reports: Array.from({ length: OFFERED_FIRST }, (_, index) =>
          foundInMailbox(`Studio ${index + 1}`, 'Designer', now - (120 + index) * DAY),
        ),
      });
      popup = await openPopup();
      await popup.getByRole('heading', { level: 1, name: 'Senior Product Designer at Lumenfield' }).waitFor();
    });

    afterAll(async () => {
      await popup?.close();
    });

    it('the switcher and "Show older ones" pass axe, and Tab reaches them', async () => {
      const switcher = popup.getByLabel('Rejection', { exact: true });
      const showOlder = popup.getByRole('button', { name: 'Show older ones' });
      await showOlder.waitFor();
      expect(await switcher.locator('option').count()).toBe(OFFERED_FIRST);
      await expectAccessibleInBothSchemes(popup, 'popup with the switcher');
      await expectKeyboardReachesEverything(popup, 'popup with the switcher');

      await showOlder.click();
      await showOlder.waitFor({ state: 'detached' });
      expect(await switcher.locator('option').count()).toBe(STORED);
      const northwind = await switcher.locator('option', { hasText: 'Northwind' }).getAttribute('value');
      await switcher.selectOption(northwind ?? '');
      await popup.getByRole('heading', { level: 1, name: 'Product Designer at Northwind' }).waitFor();
      await expectAccessibleInBothSchemes(popup, 'popup switched to an older rejection');
      await expectKeyboardReachesEverything(popup, 'popup switched to an older rejection');
    });

    it('the "Not a rejection" question passes axe, starts on the safe choice, and Escape keeps it', async () => {
      const ask = popup.getByRole('button', { name: 'Not a rejection', exact: true });
      await ask.focus();
      await popup.keyboard.press('Enter');
      const dialog = popup.getByRole('dialog', { name: 'Not a rejection?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Keep it' }).and(popup.locator(':focus')).waitFor();
      await expectAccessibleInBothSchemes(popup, 'the "Not a rejection" question');

      await popup.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await ask.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await readRejections(browser.serviceWorker)).toHaveLength(STORED);
    });
  });
});
