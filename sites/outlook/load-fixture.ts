import { join } from 'node:path';

import { fixtureLoader } from '@/sites/fixture-loader';

export { setPageUrl } from '@/sites/fixture-loader';

/** Saved Outlook pages in `fixtures/`, for tests. */
export const FIXTURES = [
  'new-inbox',
  'new-reading-pane',
  'new-full-view',
  'new-conversation',
  'classic-reading-pane',
] as const;

export type Fixture = (typeof FIXTURES)[number];

export const {
  load: loadFixture,
  mount: mountFixture,
  swap: swapFixture,
} = fixtureLoader<Fixture>(join(import.meta.dirname, 'fixtures'));

/**
 * Outlook's calendar, as far as the reader's fallbacks see it: a main part with a heading (the month), no message.
 * The same hosts serve it, so the content script runs there too.
 */
export function mountCalendar(doc: Document): void {
  const main = doc.createElement('div');
  main.setAttribute('role', 'main');
  const heading = doc.createElement('div');
  heading.setAttribute('role', 'heading');
  heading.textContent = 'November 2026';
  main.append(heading);
  doc.body.replaceChildren(main);
}
