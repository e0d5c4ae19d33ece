/**
 * `npm start`: builds the extension and opens Chromium with it on the bundled demo inbox, a Gmail-shaped page
 * served at Gmail's address inside that browser only, so the real content-script code path runs without signing in.
 */
import { execFileSync } from 'node:child_process';
import { findBrowser } from './browsers';
import { CHROME_BUILD, GMAIL_INBOX_URL, launchWithExtension, serveAsGmail } from './launch-chromium';
import { FIREFOX_BUILD } from './launch-firefox';

const BY_HAND = `
Load the build by hand instead:
  Chrome/Chromium: open chrome://extensions, switch on Developer mode, "Load unpacked", choose
    ${CHROME_BUILD}
  Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose
    ${FIREFOX_BUILD}/manifest.json
Then open Gmail and a rejection email.`;

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  if (!findBrowser('chromium')) {
    console.log(`\nThe extension is built, but no Chromium or Chrome was found to open it in.${BY_HAND}`);
    return;
  }
  if (!hasDisplay()) {
    console.log(`\nThe extension is built, but there is no display to open a browser window on.${BY_HAND}`);
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
