import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Window as HappyWindow } from 'happy-dom';

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

export function fixtureHtml(name: Fixture): string {
  return readFileSync(join(import.meta.dirname, 'fixtures', `${name}.html`), 'utf8');
}

/** A fixture as its own document (needs a DOM environment). */
export function loadFixture(name: Fixture): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

function importedChildren(doc: Document, parent: Element): Node[] {
  return Array.from(parent.childNodes, (node) => doc.importNode(node, true));
}

/** Puts a fixture's whole page into `doc`, as if Gmail had just loaded it. */
export function mountFixture(doc: Document, name: Fixture): void {
  doc.body.replaceChildren(...importedChildren(doc, loadFixture(name).body));
}

/** Swaps the content of `doc`'s main view for a fixture's, as Gmail does when the user opens another view. */
export function showView(doc: Document, name: Fixture): void {
  const view = loadFixture(name).querySelector('[role="main"]') as Element;
  doc.querySelector('[role="main"]')?.replaceChildren(...importedChildren(doc, view));
}

/** Puts the test window at an address, as if Gmail were open there. */
export function setPageUrl(url: string): void {
  (window as unknown as HappyWindow).happyDOM.setURL(url);
}
