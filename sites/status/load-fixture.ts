import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPageUrl } from '@/sites/fixture-loader';

/** A saved status page: the file in a site's `fixtures/` folder and the address it was seen at. */
export interface StatusFixture {
  /** The site adapter's folder, `import.meta.dirname` of its tests. */
  dir: string;
  name: string;
  url: string;
}

export function fixtureHtml(fixture: StatusFixture): string {
  return readFileSync(join(fixture.dir, 'fixtures', `${fixture.name}.html`), 'utf8');
}

/** A fixture as its own document, without an address (needs a DOM environment). */
export function loadFixture(fixture: StatusFixture): Document {
  return new DOMParser().parseFromString(fixtureHtml(fixture), 'text/html');
}

/**
 * Puts a fixture's whole page into the test window at the fixture's address, as if the site had just loaded it:
 * the body itself is replaced, so no attribute an earlier test set on it (`hidden`, a style) carries over.
 */
export function mountFixture(fixture: StatusFixture): Document {
  const page = loadFixture(fixture);
  setPageUrl(fixture.url);
  document.title = page.title;
  document.body.replaceWith(document.importNode(page.body, true));
  return document;
}
