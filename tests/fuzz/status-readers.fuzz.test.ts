// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readField } from '@/sites/fallbacks';
import { GREENHOUSE_PAGES } from '@/sites/greenhouse/fixtures';
import { greenhouse } from '@/sites/greenhouse/selectors';
import { INDEED_PAGES } from '@/sites/indeed/fixtures';
import { indeed } from '@/sites/indeed/selectors';
import { mountFixture, type StatusFixture } from '@/sites/status/load-fixture';
import { readStatusRows } from '@/sites/status/read';
import type { StatusFields, StatusRead } from '@/sites/status/types';
import { WORKDAY_PAGES } from '@/sites/workday/fixtures';
import { workday } from '@/sites/workday/selectors';
import { fill, megabytesOfText, mutate, mutation, nest } from './hostile-dom';

interface StatusSite {
  name: string;
  fields: StatusFields;
  pages: StatusFixture[];
  /** The saved page whose markup names nothing, read through the fallback probes: the costlier path. */
  plain: StatusFixture;
}

const SITES: StatusSite[] = [
  {
    name: 'Greenhouse',
    fields: greenhouse,
    pages: Object.values(GREENHOUSE_PAGES),
    plain: GREENHOUSE_PAGES.generated,
  },
  { name: 'Indeed', fields: indeed, pages: Object.values(INDEED_PAGES), plain: INDEED_PAGES.list },
  { name: 'Workday', fields: workday, pages: Object.values(WORKDAY_PAGES), plain: WORKDAY_PAGES.table },
];

const nonEmpty = /\S/;

function expectWellFormed(site: StatusSite, { rows, misses }: StatusRead): void {
  expect(new Set(misses).size).toBe(misses.length);
  for (const miss of misses) expect(Object.keys(site.fields)).toContain(miss);
  for (const row of rows) {
    expect(row.applicationId).toMatch(nonEmpty);
    expect(row.company).toMatch(nonEmpty);
    expect(row.status).toMatch(nonEmpty);
    if (row.role !== undefined) expect(row.role).toMatch(nonEmpty);
    if (row.appliedAt !== undefined) expect(Number.isFinite(row.appliedAt)).toBe(true);
  }
}

/** The saved page in the test window, and its first row as the site's own probes find it. */
function mountWithFirstRow(site: StatusSite, page: StatusFixture): { doc: Document; row: Element } {
  const doc = mountFixture(page);
  const list = readField(site.fields.list, doc);
  const row = list && readField(site.fields.rows, list)?.[0];
  if (!row) throw new Error(`no row in ${page.name}`);
  return { doc, row };
}

let filler: Element | undefined;

/** 100,000 nodes of hostile markup, made once: each page takes it in turn, the page before lets it go. */
function hugeFiller(): Element {
  if (!filler) {
    filler = document.createElement('section');
    fill(document, filler, 100_000);
  }
  return filler;
}

describe.each(SITES)('the $name status reader', (site) => {
  const read = (doc: Document) => readStatusRows(doc, site.fields);

  it('reads well-formed rows from pages broken at random, the same twice, never changing the page', () => {
    fc.assert(
      fc.property(fc.constantFrom(...site.pages), fc.array(mutation, { maxLength: 8 }), (page, changes) => {
        const doc = mountFixture(page);
        mutate(doc, changes);
        const before = doc.documentElement.outerHTML;

        const rows = read(doc);
        expectWellFormed(site, rows);
        expect(read(doc)).toEqual(rows);
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a thousand rows on a page of 100,000 more nodes', () => {
    const { doc, row } = mountWithFirstRow(site, site.plain);
    const rowsBefore = read(doc).rows.length;
    for (let copy = 0; copy < 1000; copy++) row.after(row.cloneNode(true));
    doc.body.prepend(hugeFiller());

    const result = read(doc);
    expectWellFormed(site, result);
    expect(result.rows).toHaveLength(rowsBefore + 1000);
  });

  it('copes with a row nested 1,500 levels deep, and with 5 MB of text in a row', () => {
    const deep = mountWithFirstRow(site, site.plain);
    nest(deep.doc, deep.row, 1500).append('Not selected by employer');
    expectWellFormed(site, read(deep.doc));

    const long = mountWithFirstRow(site, site.plain);
    megabytesOfText(long.doc, long.row, 5 * 1024 * 1024);
    expectWellFormed(site, read(long.doc));
  });
});
