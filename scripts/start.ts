/**
 * `npm start`: builds the extension and opens Chromium with it on the bundled demo inbox, a Gmail-shaped page
 * served at Gmail's address inside that browser only, so the real content-script code path runs without signing in.
 */
import { execFileSync } from 'node:child_process';
import { requireBrowser } from './browsers';
import { CHROME_BUILD, GMAIL_INBOX_URL, launchWithExtension, serveAsGmail } from './launch-chromium';
import { FIREFOX_BUILD } from './launch-firefox';
import { decideStart, hasDisplay } from './start-decision';

/** Why Chromium cannot be opened with the extension, or undefined when it can. */
function browserProblem(): string | undefined {
  try {
    requireBrowser('chromium');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  const decision = decideStart({
    browserProblem: browserProblem(),
    display: hasDisplay(process.platform, process.env),
    builds: { chrome: CHROME_BUILD, firefox: FIREFOX_BUILD },
  });
  if (!decision.open) {
    console.log(decision.message);
    process.exitCode = decision.exitCode;
    return;
  }
  const browser = await launchWithExtension({ headless: false });
  await serveAsGmail(browser.context);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(GMAIL_INBOX_URL);
  console.log('\nComeback is running on the demo inbox. Open a message; close the browser window to stop.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
