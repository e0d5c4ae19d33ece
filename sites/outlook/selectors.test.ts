// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { type Field, readField } from '@/sites/fallbacks';
import { FIXTURES, type Fixture, loadFixture } from './load-fixture';
import { type OutlookField, outlook } from './selectors';

const documents = new Map(FIXTURES.map((name) => [name, loadFixture(name)]));

/** Where each field is read: the document, the reading pane, or every message container. */
function scopesOf(field: OutlookField, doc: Document): unknown[] {
  if (field === 'readingPane' || field === 'conversationId') return [doc];
  const pane = readField(outlook.readingPane, doc);
  if (!pane) return [];
  if (field === 'subject' || field === 'messages') return [pane];
  return readField(outlook.messages, pane) ?? [];
}

/** What each probe of `field` finds in each scope of a fixture. */
function probe(field: OutlookField, name: Fixture): { via: string; values: unknown[] }[] {
  const scopes = scopesOf(field, documents.get(name) as Document);
  return (outlook[field] as Field<unknown, unknown>).map(({ via, read }) => ({
    via,
    values: scopes.map((scope) => read(scope)),
  }));
}

/**
 * Two findings agree: the same value, or one element inside the other. Lists agree when each container of the
 * shorter matches one of the longer: a fallback built from bodies leaves collapsed messages out.
 */
function agree(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return short.every((x) => long.some((y) => agree(x, y)));
  }
  if (a instanceof Element && b instanceof Element) return a.contains(b) || b.contains(a);
  return a === b;
}

const found = (values: unknown[]) => values.some((value) => value !== undefined);
const FIELDS = Object.keys(outlook) as OutlookField[];
const NEW_READING_PANE: Fixture[] = ['new-reading-pane', 'new-conversation'];
const WITHOUT_HOOKS: Fixture[] = ['new-full-view', 'classic-reading-pane'];

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

describe.each(NEW_READING_PANE)('the reading pane of the new Outlook in %s', (name) => {
  test.each(FIELDS)('the first probe of %s finds it', (field) => {
    expect(found(probe(field, name)[0]?.values ?? [])).toBe(true);
  });
});

describe.each(WITHOUT_HOOKS)('%s, without the reading pane hooks', (name) => {
  const fields = FIELDS.filter((field) => field !== 'conversationId' && field !== 'expanded');
  test.each(fields)('a fallback still finds %s', (field) => {
    expect(probe(field, name).some((p) => found(p.values))).toBe(true);
  });

  test('the first probes of the message fields find nothing, so the fallbacks are what is tested', () => {
    for (const field of ['messages', 'fromName', 'fromEmail', 'date'] as const) {
      expect(found(probe(field, name)[0]?.values ?? []), field).toBe(false);
    }
  });
});

test('full view shows no message list, so no selected conversation', () => {
  expect(probe('conversationId', 'new-full-view')[0]?.values).toEqual([undefined]);
});

describe('the message list with nothing open', () => {
  test('has a reading pane but no subject and no messages', () => {
    expect(probe('readingPane', 'new-inbox')[0]?.values[0]).toBeInstanceOf(Element);
    for (const field of ['subject', 'messages', 'conversationId'] as const) {
      expect(
        probe(field, 'new-inbox').every((p) => !found(p.values)),
        field,
      ).toBe(true);
    }
  });
});

test('every probe finds its field in at least one saved page', () => {
  for (const field of FIELDS) {
    (outlook[field] as Field<unknown, unknown>).forEach(({ via }, index) => {
      const somewhere = FIXTURES.some((name) => found(probe(field, name)[index]?.values ?? []));
      expect(somewhere, `${field}: ${via}`).toBe(true);
    });
  }
});

test('a conversation lists collapsed messages too; only the expanded ones say so', () => {
  const [byRole, byBodies] = probe('messages', 'new-conversation').map((p) => p.values[0] as Element[]);
  expect(byRole).toHaveLength(3);
  expect(byBodies).toHaveLength(2);
  expect(probe('expanded', 'new-conversation')[0]?.values).toEqual([false, true, true]);
});

test('dates are read in the order of the page language', () => {
  expect(probe('date', 'new-reading-pane')[0]?.values).toEqual([new Date(2024, 2, 5, 10, 12).getTime()]);
  expect(probe('date', 'classic-reading-pane')[1]?.values).toEqual([new Date(2024, 2, 7, 14, 2).getTime()]);
});

test('the sender is read from the header, never from addresses the mail itself shows', () => {
  const doc = loadFixture('new-full-view');
  const body = doc.querySelector('[role="document"]') as Element;
  const link = doc.createElement('a');
  link.href = 'mailto:jobs@elsewhere.example';
  link.title = 'jobs@elsewhere.example';
  link.textContent = 'Elsewhere Jobs';
  body.prepend(link);
  const [message] = readField(outlook.messages, doc.body) ?? [];
  expect(message && readField(outlook.fromEmail, message)).toBe('priya.raman@lumenfield.com');

  for (const hint of doc.querySelectorAll('.Bz9rW [title], .Bz9rW a')) hint.remove();
  const [alone] = readField(outlook.messages, doc.body) ?? [];
  expect(alone && readField(outlook.fromEmail, alone)).toBeUndefined();
  expect(alone && readField(outlook.fromName, alone)).toBeUndefined();
});
