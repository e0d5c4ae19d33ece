import { describe, expect, test } from 'vitest';
import { type Field, readField } from '@/sites/fallbacks';
import { mountFixture, type StatusFixture } from './load-fixture';
import type { StatusField, StatusFields } from './types';
import { foldStatus } from './vocabulary';

export interface SelectorChecks {
  fields: StatusFields;
  /** Pages in the layout the first probes are written for: every first probe finds its field there. */
  current: StatusFixture[];
  /** A layout where the precise hooks are gone, and the parts only its fallbacks should still find. */
  changed: { fixture: StatusFixture; lost: StatusField[] };
}

const FIELDS: StatusField[] = ['list', 'rows', 'company', 'role', 'status', 'applicationId', 'appliedAt'];

/** Where each field is read: the document, the list, or every row. */
function scopesOf(fields: StatusFields, field: StatusField, doc: Document): unknown[] {
  if (field === 'list') return [doc];
  const list = readField(fields.list, doc);
  if (!list) return [];
  if (field === 'rows') return [list];
  return readField(fields.rows, list) ?? [];
}

/** What each probe of `field` finds in each scope of the page mounted now. */
function probe(fields: StatusFields, field: StatusField): { via: string; values: unknown[] }[] {
  const scopes = scopesOf(fields, field, document);
  return (fields[field] as Field<unknown, unknown>).map(({ via, read }) => ({
    via,
    values: scopes.map((scope) => read(scope)),
  }));
}

/**
 * Two findings agree: the same value, the same number of elements, one element inside the other, or texts of
 * which one begins the other (a tenant "Acme" and the site's own "Acme Robotics").
 */
function agree(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length;
  if (a instanceof Element && b instanceof Element) return a.contains(b) || b.contains(a);
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [foldStatus(a), foldStatus(b)];
    return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
  }
  return a === b;
}

const finds = (found: { values: unknown[] } | undefined) =>
  found?.values.some((value) => value !== undefined);

/**
 * The checks every status adapter's probes must pass on its saved pages: probes that find something agree,
 * the first probes work on the current layout, fallbacks carry a changed layout, and no probe is dead weight.
 * Fixtures are mounted in the test window at their address, so probes that read the address run too.
 */
export function checkStatusSelectors({ fields, current, changed }: SelectorChecks): void {
  const all = [...current, changed.fixture];

  describe.each(all.map((fixture) => [fixture.name, fixture] as const))('%s', (_, fixture) => {
    test.each(FIELDS)('every probe of %s that finds something agrees with the others', (field) => {
      mountFixture(fixture);
      const probes = probe(fields, field);
      const scopes = probes[0]?.values.length ?? 0;
      for (let i = 0; i < scopes; i++) {
        const found = probes.map((p) => p.values[i]).filter((value) => value !== undefined);
        for (const value of found) expect(agree(value, found[0]), `${field} in scope ${i}`).toBe(true);
      }
    });
  });

  describe.each(current.map((fixture) => [fixture.name, fixture] as const))(
    'the current layout in %s',
    (_, fixture) => {
      test.each(FIELDS)('the first probe of %s finds it', (field) => {
        mountFixture(fixture);
        expect(finds(probe(fields, field)[0])).toBe(true);
      });
    },
  );

  describe(`the changed layout in ${changed.fixture.name}`, () => {
    test.each(changed.lost)('the first probe of %s finds nothing, and a fallback still finds it', (field) => {
      mountFixture(changed.fixture);
      const [first, ...fallbacks] = probe(fields, field);
      expect(finds(first)).toBe(false);
      expect(fallbacks.some(finds)).toBe(true);
    });
  });

  test('every probe finds its field in at least one saved page', () => {
    for (const field of FIELDS) {
      const found = (fields[field] as Field<unknown, unknown>).map(() => false);
      for (const fixture of all) {
        mountFixture(fixture);
        probe(fields, field).forEach((p, index) => {
          if (finds(p)) found[index] = true;
        });
      }
      (fields[field] as Field<unknown, unknown>).forEach(({ via }, index) => {
        expect(found[index], `${field}: ${via}`).toBe(true);
      });
    }
  });
}
