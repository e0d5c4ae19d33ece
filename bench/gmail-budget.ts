/**
 * What the extension costs a busy Gmail page: a 100-message thread served at Gmail's address with a Gmail-like
 * content security policy, then 1,000 changes to the main view (expanding every older message, adding and removing
 * small nodes), traced from the moment the page opens until the content script has read every message. Every script
 * of ours on the main thread counts: the content script, and the detector's files should the page refuse the
 * detector's worker. The worker's own time is measured apart: it runs beside the main thread.
 */
import type { BrowserContext } from 'playwright-core';
import { DETECTOR_FILES } from '../entrypoints/background/inject-detector';
import { type ExtensionBrowser, GMAIL_INBOX_URL, GMAIL_LIKE_POLICY } from '../scripts/launch-chromium';
import { messagesRead } from '../tests/e2e/extension-state';
import { gmailThreadPage } from './gmail-thread';
import { dedicatedWorkerTime, markedAt, type ScriptTime, scriptTime, traceWhile } from './trace';

export const THREAD_MESSAGES = 100;
export const MUTATIONS = 1000;
/** The changes arrive in batches of 10 every 20 ms: about two seconds of a busy app. */
const BATCH = 10;
const EVERY_MS = 20;
const MUTATIONS_START = 'comeback-bench-mutations';
/**
 * How long to wait for the script's count of messages read, which it reports every 5 s (`HEALTH_REPORT_MS`).
 */
const READ_TIMEOUT_MS = 30_000;

export interface GmailRun {
  /** Everything of ours, from the content script's injection until every message was read. */
  whole: ScriptTime;
  /** Only what ran after the mutations began. */
  mutations: ScriptTime;
  /** The content script, all along (with the detector calls it makes). */
  contentScript: ScriptTime;
  /**
   * The detector's files, added beside the content script only when the page refuses the detector's worker: their
   * code, wherever called.
   */
  detector: ScriptTime;
  /** Whether the messages were judged in the detector's worker, off the main thread. */
  judgedInWorker: boolean;
  /** How long the detector's worker was busy, ms: beside the main thread, not on it. */
  workerMs: number;
}

async function waitForRead(browser: ExtensionBrowser, count: number): Promise<void> {
  const deadline = Date.now() + READ_TIMEOUT_MS;
  while ((await messagesRead(browser.serviceWorker, 'gmail')) < count) {
    if (Date.now() > deadline) throw new Error(`the Gmail content script read fewer than ${count} messages`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function serveThread(context: BrowserContext, firstIndex: number, policy: string): Promise<void> {
  const body = gmailThreadPage(THREAD_MESSAGES, firstIndex);
  await context.unrouteAll();
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': policy },
      body,
    }),
  );
}

/**
 * One traced run; `round` gives its thread messages never seen before, so each is read and judged afresh. The page
 * is served with `policy`, Gmail-like unless told otherwise.
 */
export async function runGmailBudget(
  browser: ExtensionBrowser,
  round: number,
  policy = GMAIL_LIKE_POLICY,
): Promise<GmailRun> {
  const { context, extensionId } = browser;
  await serveThread(context, round * THREAD_MESSAGES, policy);
  const readBefore = await messagesRead(browser.serviceWorker, 'gmail');
  const page = await context.newPage();
  const events = await traceWhile(context, page, async () => {
    await page.goto(GMAIL_INBOX_URL);
    // The thread ends with a rejection: its notice shows that the script has started and judged it.
    await page.locator('[data-comeback-notice]').waitFor({ timeout: READ_TIMEOUT_MS });
    await page.evaluate((label) => console.timeStamp(label), MUTATIONS_START);
    await page.evaluate(
      ({ total, batch, every }) =>
        (window as unknown as { benchMutate(...args: number[]): Promise<number> }).benchMutate(
          total,
          batch,
          every,
        ),
      { total: MUTATIONS, batch: BATCH, every: EVERY_MS },
    );
    await waitForRead(browser, readBefore + THREAD_MESSAGES);
  });
  const judgedInWorker = page.workers().some((worker) => worker.url().startsWith('data:'));
  await page.close();
  // Every script of ours the page runs: the declared content script and the detector's files it has the background
  // add.
  const contentScript = `chrome-extension://${extensionId}/content-scripts/gmail.js`;
  const detector = DETECTOR_FILES.map((file) => `chrome-extension://${extensionId}${file}`);
  const ours = [contentScript, ...detector];
  return {
    whole: scriptTime(events, ours),
    mutations: scriptTime(events, ours, markedAt(events, MUTATIONS_START)),
    contentScript: scriptTime(events, [contentScript]),
    detector: scriptTime(events, detector),
    judgedInWorker,
    workerMs: dedicatedWorkerTime(events),
  };
}
