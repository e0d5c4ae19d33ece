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
