import { join } from 'node:path';
import { fixtureLoader } from '@/sites/fixture-loader';

export { setPageUrl } from '@/sites/fixture-loader';

/** Saved LinkedIn messaging pages in `fixtures/`, for tests. */
export const FIXTURES = ['thread-classic', 'thread-newer'] as const;

export type Fixture = (typeof FIXTURES)[number];

export const {
  load: loadFixture,
  mount: mountFixture,
  swap: swapFixture,
} = fixtureLoader<Fixture>(join(import.meta.dirname, 'fixtures'));
