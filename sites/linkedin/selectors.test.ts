// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { type Field, readField } from '@/sites/fallbacks';
import { FIXTURES, type Fixture, loadFixture } from './load-fixture';
import { type LinkedInField, linkedin } from './selectors';

const documents = new Map(FIXTURES.map((name) => [name, loadFixture(name)]));

/** Where each field is read: the document, the open conversation, or every message in it. */
function scopesOf(field: LinkedInField, doc: Document): unknown[] {
  if (field === 'thread' || field === 'viewerName') return [doc];
  const thread = readField(linkedin.thread, doc);
  if (!thread) return [];
  if (field === 'partnerName' || field === 'partnerHeadline' || field === 'events') return [thread];
  return readField(linkedin.events, thread) ?? [];
}

/** What each probe of `field` finds in each scope of a fixture. */
function probe(field: LinkedInField, name: Fixture): { via: string; values: unknown[] }[] {
  const scopes = scopesOf(field, documents.get(name) as Document);
  return (linkedin[field] as Field<unknown, unknown>).map(({ via, read }) => ({
    via,
    values: scopes.map((scope) => read(scope)),
  }));
}

/** Two findings agree: the same value, the same number of elements, or one element inside the other. */
function agree(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length;
  if (a instanceof Element && b instanceof Element) return a.contains(b) || b.contains(a);
  return a === b;
}

const found = (values: unknown[]) => values.some((value) => value !== undefined);
const FIELDS = Object.keys(linkedin) as LinkedInField[];

describe.each(FIXTURES)('%s', (name) => {
  test.each(FIELDS)('every probe of %s that finds something agrees with the others', (field) => {
    const probes = probe(field, name);
    const scopes = probes[0]?.values.length ?? 0;
    for (let i = 0; i < scopes; i++) {
      const values = probes.map((p) => p.values[i]).filter((value) => value !== undefined);
      for (const value of values) expect(agree(value, values[0]), `${field} in scope ${i}`).toBe(true);
    }
  });
});

describe('the msg-s-* layout', () => {
  // Only the newer layout gives a full time; this one shows day headings instead.
  test.each(FIELDS.filter((field) => field !== 'exactTime'))('the first probe of %s finds it', (field) => {
    expect(found(probe(field, 'thread-classic')[0]?.values ?? [])).toBe(true);
  });
});

describe('the newer layout, where class names are generated', () => {
  const layoutFields = FIELDS.filter((field) => !['inbound', 'eventId', 'dayHeading'].includes(field));
  test.each(layoutFields)('a fallback still finds %s', (field) => {
    expect(probe(field, 'thread-newer').some((p) => found(p.values))).toBe(true);
  });

  test('the class-based probes find nothing, so the fallbacks are what is tested', () => {
    const classBased: LinkedInField[] = [
      'thread',
      'partnerName',
      'partnerHeadline',
      'events',
      'inbound',
      'senderName',
      'shownTime',
      'dayHeading',
      'subject',
      'body',
    ];
    for (const field of classBased)
      expect(found(probe(field, 'thread-newer')[0]?.values ?? []), field).toBe(false);
  });
});

test('every probe finds its field in at least one saved page', () => {
  for (const field of FIELDS) {
    (linkedin[field] as Field<unknown, unknown>).forEach(({ via }, index) => {
      const somewhere = FIXTURES.some((name) => found(probe(field, name)[index]?.values ?? []));
      expect(somewhere, `${field}: ${via}`).toBe(true);
    });
  }
});

test('inbound messages carry --other; the member’s own do not', () => {
  expect(probe('inbound', 'thread-classic')[0]?.values).toEqual([true, false, true, true]);
});

test('sender and time stand on the first message of a run only', () => {
  expect(probe('senderName', 'thread-classic')[0]?.values).toEqual([
    'Jane Doe',
    'Alex Morgan',
    'Jane Doe',
    undefined,
  ]);
  expect(probe('shownTime', 'thread-newer')[1]?.values).toEqual(['2:15 PM', undefined, '3:02 PM']);
  expect(probe('exactTime', 'thread-newer')[0]?.values).toEqual([
    Date.UTC(2024, 2, 5, 14, 15),
    undefined,
    Date.UTC(2024, 2, 5, 15, 2),
  ]);
});

test('the header gives the other person’s name and headline', () => {
  for (const name of FIXTURES) {
    const [thread] = scopesOf('partnerName', documents.get(name) as Document);
    expect([
      readField(linkedin.partnerName, thread as Element),
      readField(linkedin.partnerHeadline, thread as Element),
    ]).toEqual(
      name === 'thread-classic'
        ? ['Jane Doe', 'Talent Acquisition at Acme']
        : ['Marcus Chen', 'Senior Technical Recruiter at Globex'],
    );
  }
});
