// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutate, mutation } from './hostile-dom';
import { expectWellFormed, MAIL_SITES } from './mail-sites';

describe.each(MAIL_SITES)('the $name reader on pages broken at random', (site) => {
  it('reads well-formed messages, the same twice, and never changes the page', () => {
    // A saved page of the site, or a blank one that only random markup fills.
    const pages = fc.constantFrom(undefined, ...site.pages);
    fc.assert(
      fc.property(pages, fc.array(mutation, { maxLength: 8 }), (page, changes) => {
        const doc = page ? site.load(page) : document.implementation.createHTMLDocument('');
        mutate(doc, changes);
        const before = doc.documentElement.outerHTML;

        const read = site.read(doc);
        expectWellFormed(site, read);
        expect(site.read(doc)).toEqual(read);
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
