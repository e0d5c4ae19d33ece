import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Window as HappyWindow } from 'happy-dom';

/** Saved pages of a site in `dir`, as tests load them: parsed on their own, or put into the test document. */
export function fixtureLoader<Name extends string>(dir: string) {
  const html = (name: Name) => readFileSync(join(dir, `${name}.html`), 'utf8');
  /** A fixture as its own document (needs a DOM environment). */
  const load = (name: Name) => new DOMParser().parseFromString(html(name), 'text/html');
  const imported = (doc: Document, parent: Element) =>
    Array.from(parent.childNodes, (node) => doc.importNode(node, true));
  return {
    load,
    /** Puts a fixture's whole page into `doc` (with its language), as if the site had just loaded it. */
    mount(doc: Document, name: Name): void {
      const page = load(name);
      doc.documentElement.lang = page.documentElement.lang;
      doc.body.replaceChildren(...imported(doc, page.body));
    },
    /** Swaps the content of `doc`'s element matching `selector` for the fixture's, as the app does in place. */
    swap(doc: Document, name: Name, selector: string): void {
      const part = load(name).querySelector(selector) as Element;
      doc.querySelector(selector)?.replaceChildren(...imported(doc, part));
    },
  };
}

/** Puts the test window at an address, as if the site were open there. */
export function setPageUrl(url: string): void {
  (window as unknown as HappyWindow).happyDOM.setURL(url);
}
