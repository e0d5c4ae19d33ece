import { join } from 'node:path';
import { fixtureLoader } from '@/sites/fixture-loader';

export { setPageUrl } from '@/sites/fixture-loader';

/** Saved Gmail pages in `fixtures/`, for tests. */
export const FIXTURES = [
  'thread-rejection',
  'thread-acknowledgement',
  'thread-several',
  'thread-reply-quoting',
  'thread-emoji-subject',
  'thread-newer-layout',
  'inbox',
] as const;

export type Fixture = (typeof FIXTURES)[number];

const fixtures = fixtureLoader<Fixture>(join(import.meta.dirname, 'fixtures'));

export const { load: loadFixture, mount: mountFixture } = fixtures;

/** Swaps the content of `doc`'s main view for a fixture's, as Gmail does when the user opens another view. */
export const showView = (doc: Document, name: Fixture) => fixtures.swap(doc, name, '[role="main"]');
