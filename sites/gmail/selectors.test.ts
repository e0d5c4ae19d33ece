// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { type Field, readField } from '@/sites/fallbacks';
import { FIXTURES, type Fixture, loadFixture } from './load-fixture';
import { type GmailField, gmail } from './selectors';

const documents = new Map(FIXTURES.map((name) => [name, loadFixture(name)]));

/** Where each field is read: the document, the main view, or every message container. */
function scopesOf(field: GmailField, doc: Document): unknown[] {
  if (field === 'mainView') return [doc];
  const view = readField(gmail.mainView, doc);
  if (!view) return [];
  if (field === 'subject' || field === 'threadId' || field === 'messages') return [view];
  return readField(gmail.messages, view) ?? [];
}

/** What each probe of `field` finds in each scope of a fixture. */
function probe(field: GmailField, name: Fixture): { via: string; values: unknown[] }[] {
  const scopes = scopesOf(field, documents.get(name) as Document);
  return (gmail[field] as Field<unknown, unknown>).map(({ via, read }) => ({
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

const FIELDS = Object.keys(gmail) as GmailField[];
const CLASSIC = FIXTURES.filter((name) => name !== 'inbox' && name !== 'thread-newer-layout');

describe.each(FIXTURES)('%s', (name) => {
  test.each(FIELDS)('every probe of %s that finds something agrees with the others', (field) => {
    const probes = probe(field, name);
    const scopes = probes[0]?.values.length ?? 0;
    for (let i = 0; i < scopes; i++) {
      const found = probes.map((p) => p.values[i]).filter((value) => value !== undefined);
      for (const value of found) expect(agree(value, found[0]), `${field} in scope ${i}`).toBe(true);
    }
  });
});

describe.each(CLASSIC)('the classic layout in %s', (name) => {
  test.each(FIELDS)('the first probe of %s finds it', (field) => {
    const [first] = probe(field, name);
    expect(first?.values.some((value) => value !== undefined)).toBe(true);
  });
});

describe('the newer layout, where class names changed', () => {
  test.each(FIELDS)('a fallback still finds %s', (field) => {
    const found = probe(field, 'thread-newer-layout').some((p) => p.values.some((v) => v !== undefined));
    expect(found).toBe(true);
  });

  test('the class-based probes find nothing, so the fallbacks are what is tested', () => {
    const classBased: GmailField[] = [
      'subject',
      'messages',
      'expanded',
      'fromName',
      'fromEmail',
      'date',
      'body',
    ];
    for (const field of classBased) {
      const [first] = probe(field, 'thread-newer-layout');
      expect(
        first?.values.every((value) => value === undefined),
        field,
      ).toBe(true);
    }
  });
});

describe('the inbox list', () => {
  test('has a main view but no thread subject and no messages', () => {
    expect(probe('mainView', 'inbox')[0]?.values[0]).toBeInstanceOf(Element);
    for (const field of ['subject', 'threadId', 'messages'] as const) {
      expect(
        probe(field, 'inbox').every((p) => p.values.every((v) => v === undefined)),
        field,
      ).toBe(true);
    }
  });
});

test('every probe finds its field in at least one saved page', () => {
  for (const field of FIELDS) {
    (gmail[field] as Field<unknown, unknown>).forEach(({ via }, index) => {
      const somewhere = FIXTURES.some((name) =>
        probe(field, name)[index]?.values.some((v) => v !== undefined),
      );
      expect(somewhere, `${field}: ${via}`).toBe(true);
    });
  }
});

test('ids read from data attributes, hex legacy ids and jslog are the same normalised id', () => {
  const [byAttribute, byLegacy, byJslog] = probe('messageId', 'thread-rejection');
  expect(byAttribute?.values).toEqual(['msg-f:1792701768541109557']);
  expect(byLegacy?.values).toEqual(byAttribute?.values);
  expect(byJslog?.values).toEqual(byAttribute?.values);
  expect(probe('threadId', 'thread-rejection').map((p) => p.values[0])).toEqual([
    'thread-f:1792701768541109557',
    'thread-f:1792701768541109557',
    'thread-f:1792701768541109557',
  ]);
});

test('message states: hidden and collapsed messages are not expanded, the last two are', () => {
  const [byClass, byAria] = probe('expanded', 'thread-several');
  expect(byClass?.values).toEqual([false, false, false, true, true]);
  expect(byAria?.values).toEqual(byClass?.values);
});

test('the date tooltip becomes a time', () => {
  const [byClass] = probe('date', 'thread-rejection');
  expect(byClass?.values).toEqual([new Date(2024, 2, 5, 10, 12).getTime()]);
});

test('a body probe skips the placeholder Gmail shows while a body loads', () => {
  const [precise, anyBody, wrapper] = probe('body', 'thread-emoji-subject');
  expect(precise?.values.map((body) => body !== undefined)).toEqual([true, false]);
  expect(anyBody?.values.map((body) => body !== undefined)).toEqual([true, false]);
  expect((wrapper?.values[1] as Element | undefined)?.textContent).toBe('');
});
