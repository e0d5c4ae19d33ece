import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { requireBrowser } from './browsers';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const DEMO_INBOX = join(ROOT, 'demo', 'inbox.html');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Chromium's sandbox refuses to start as root (as in CI containers), and some kernels forbid it to anyone:
 * `CHROMIUM_NO_SANDBOX=1` asks to run without it. Otherwise it stays on, without Chromium's warning bar.
 */
export function sandboxAllowed(uid: number | undefined, env: Record<string, string | undefined>): boolean {
  return uid !== 0 && !env.CHROMIUM_NO_SANDBOX;
}

/** Chromium's failure to start, saying what to do when the system will not let it sandbox itself. */
export function launchFailure(error: unknown): Error {
  const failure = error instanceof Error ? error : new Error(String(error));
  if (!/No usable sandbox/i.test(failure.message)) return failure;
  return new Error(
    `This system does not let Chromium run in its sandbox. To run it without, set CHROMIUM_NO_SANDBOX=1 (for example \`CHROMIUM_NO_SANDBOX=1 npm start\`).\n\n${failure.message}`,
  );
}

/** Chromium's command line for a run with the extension at `extensionDir`, quiet and offline. */
export function chromiumArgs(run: { extensionDir: string; locale?: string; sandbox: boolean }): string[] {
  return [
    ...(run.locale ? [`--lang=${run.locale}`] : []),
    `--disable-extensions-except=${run.extensionDir}`,
    `--load-extension=${run.extensionDir}`,
    ...(run.sandbox ? [] : ['--no-sandbox']),
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** Real Chromium with the built extension loaded, in a throwaway profile. */
export async function launchWithExtension(options: {
  headless: boolean;
  extensionDir?: string;
  /** The browser's UI language (e.g. `de`), which picks the extension's `_locales`; the system's by default. */
  locale?: string;
  /**
   * Chromium's developer mode, as someone who loads an unpacked build has it on: without it, reloading the
   * extension (`chrome.runtime.reload()`) disables it instead.
   */
  developerMode?: boolean;
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  const profile = mkdtempSync(join(tmpdir(), 'comeback-chromium-'));
  if (options.developerMode) {
    mkdirSync(join(profile, 'Default'));
    const preferences = { extensions: { ui: { developer_mode: true } } };
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: requireBrowser('chromium'),
      headless: options.headless,
      // Chromium takes its UI language from `--lang` on Windows and `LANGUAGE` on Linux; `locale` is the pages' own.
      ...(options.locale
        ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } }
        : {}),
      // Playwright adds `--no-sandbox` of its own unless told the sandbox is wanted: the arguments below decide.
      chromiumSandbox: true,
      args: chromiumArgs({
        extensionDir,
        locale: options.locale,
        sandbox: sandboxAllowed(process.getuid?.(), process.env),
      }),
    })
    .catch((error: unknown) => {
      throw launchFailure(error);
    });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Serves a page of ours at a real site's address (e.g. `https://mail.google.com/**`), so the content script runs on
 * it exactly as on the site. Nothing reaches the network.
 */
export async function servePage(
  context: BrowserContext,
  urlGlob: string,
  htmlFile: string,
  policy?: string,
): Promise<void> {
  const body = readFileSync(htmlFile, 'utf8');
  const headers = policy ? { 'content-security-policy': policy } : undefined;
  await context.route(urlGlob, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body }),
  );
}

/**
 * A content security policy shaped like Gmail's, in the parts that bear on an extension: scripts only with the
 * page's nonce and what they start (`strict-dynamic`), and Trusted Types for every script address, a worker's
 * included. The demo inbox's script carries the nonce.
 */
export const GMAIL_LIKE_POLICY = [
  "script-src 'nonce-comeback-demo' 'unsafe-inline' 'strict-dynamic' https: http: 'unsafe-eval'",
  "object-src 'none'",
  "base-uri 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/** A page that allows no workers at all: the detector then runs beside the content script. */
export const NO_WORKERS_POLICY = "worker-src 'none'";

export const serveAsGmail = (context: BrowserContext, htmlFile = DEMO_INBOX, policy?: string) =>
  servePage(context, 'https://mail.google.com/**', htmlFile, policy);

export const GMAIL_INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';
