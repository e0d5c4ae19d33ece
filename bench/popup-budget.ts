/**
 * The popup's first render on a full database: 10,000 rejections and 1,000 wins stored through the
 * background, as mailbox backfill and a pasted list of wins would store them; then `popup.html` opened in a
 * tab, timed from navigation start until the plan's heading has been painted. The same on a database of one
 * of each shows what the popup costs whatever is stored.
 */
import type { RejectionReport } from '../messaging/protocol';
import type { ExtensionBrowser } from '../scripts/launch-chromium';
import { readStore, sendFrom } from '../tests/e2e/extension-state';

export interface Stored {
  rejections: number;
  wins: number;
}

export const FULL: Stored = { rejections: 10_000, wins: 1000 };
export const SINGLE: Stored = { rejections: 1, wins: 1 };
const DAY_MS = 24 * 60 * 60 * 1000;
/** The toolbar popup's size, more or less. */
const POPUP_VIEWPORT = { width: 420, height: 600 };

function report(index: number): RejectionReport {
  const role = `Product Designer ${index % 40}`;
  const company = `Company ${index}`;
  return {
    key: `gmail:msg-bench-${index}`,
    source: 'gmail',
    messageId: `msg-bench-${index}`,
    company,
    role,
    recruiterName: 'Priya Raman',
    subject: `Your application for ${role} at ${company}`,
    excerpt: 'After careful consideration, we have decided to move forward with other candidates.',
    score: 0.9,
    reasons: ['After careful consideration, we have decided to move forward with other candidates.'],
    // Several a day, going back about three years.
    receivedAt: Date.UTC(2026, 10, 27) - index * (DAY_MS / 10),
  };
}

/** Stores rejections and wins through the background, from an extension page. */
export async function fillDatabase(browser: ExtensionBrowser, stored: Stored): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const reports = Array.from({ length: stored.rejections }, (_, index) => report(index));
  await sendFrom(page, 'addBackfill', { reports });
  const texts = Array.from(
    { length: stored.wins },
    (_, index) => `Win ${index}: led the redesign of a checkout flow`,
  );
  await sendFrom(page, 'addWins', { texts });
  await page.close();
  const [rejections, wins] = await Promise.all([
    readStore(browser.serviceWorker, 'rejections'),
    readStore(browser.serviceWorker, 'wins'),
  ]);
  if (rejections.length !== stored.rejections || wins.length !== stored.wins)
    throw new Error(`stored ${rejections.length} rejections and ${wins.length} wins`);
}

/**
 * Notes when the plan's heading enters the page and when the frame showing it has been painted: a task posted
 * from the next animation frame runs once that frame is done.
 */
function watchHeading(): void {
  const marks = window as unknown as { headingAt?: number; headingPaintedAt?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('h1')) return;
    observer.disconnect();
    marks.headingAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks.headingPaintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

export interface PopupRender {
  /** From navigation start, ms. */
  headingInPage: number;
  headingPainted: number;
  /** The switcher's choices, as rendered. */
  options: number;
}

/** Opens the popup once in a fresh tab and times its first render. */
export async function openPopupOnce(browser: ExtensionBrowser): Promise<PopupRender> {
  const page = await browser.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.addInitScript(watchHeading);
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => 'headingPaintedAt' in window, null, { timeout: 60_000 });
  const render = await page.evaluate(() => {
    const marks = window as unknown as { headingAt: number; headingPaintedAt: number };
    return {
      headingInPage: marks.headingAt,
      headingPainted: marks.headingPaintedAt,
      options: document.querySelectorAll('.cb-header option').length,
    };
  });
  await page.close();
  return render;
}
