/** `npm run screenshots`: pictures of the built extension on the demo inbox, for the README (under docs/). */
import { GMAIL_INBOX_URL, launchWithExtension, serveAsGmail } from './launch-chromium';

const browser = await launchWithExtension({ headless: true });
try {
  await serveAsGmail(browser.context);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 720 });
  await page.goto(GMAIL_INBOX_URL);
  await page.getByRole('row').filter({ hasText: 'Senior Product Designer' }).click();
  await page.locator('[data-comeback-notice] >> role=button[name="Open my plan"]').waitFor();
  await page.screenshot({ path: 'docs/notice.png' });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByLabel('A win to remember').fill('Led the redesign that cut support tickets by a third');
  await popup.getByRole('button', { name: 'Save win' }).click();
  await popup.getByRole('checkbox', { name: 'Update your resume' }).check();
  await popup.getByText('Saved. Good to remember.').waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.screenshot({
      path: scheme === 'light' ? 'docs/popup.png' : 'docs/popup-dark.png',
      fullPage: true,
    });
  }
} finally {
  await browser.close();
}
