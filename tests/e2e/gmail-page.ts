import type { Page } from 'playwright-core';
import { GMAIL_INBOX_URL } from '../../scripts/launch-chromium';

/** The in-page notice's host element. */
export const NOTICE = '[data-comeback-notice]';

/** Opens a thread of the Gmail-shaped page from its inbox, as a user would, and waits until it shows. */
export async function openThread(page: Page, subject: string): Promise<void> {
  await page.goto(GMAIL_INBOX_URL);
  await page.getByRole('row').filter({ hasText: subject }).click();
  await page.locator('h2.hP').filter({ hasText: subject }).waitFor();
}
