import { expect, test } from 'vitest';
import { fingerprint } from '@/sites/fingerprint';

test('is the same for the same parts, however their whitespace was laid out', () => {
  const id = fingerprint(['priya@lumenfield.com', 'Your application', '1709633520000']);
  expect(id).toMatch(/^[0-9a-f]{16}$/);
  expect(fingerprint([' priya@lumenfield.com', 'Your\n  application ', '1709633520000'])).toBe(id);
});

test('tells parts apart, including where one ends and the next begins', () => {
  expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
  expect(fingerprint(['a', 'b'])).not.toBe(fingerprint(['b', 'a']));
});

test('gives distinct ids to many similar messages', () => {
  const ids = new Set<string>();
  for (let minute = 0; minute < 20_000; minute++)
    ids.add(fingerprint(['jobs@acme.com', 'Your application', String(1_709_633_520_000 + minute * 60_000)]));
  expect(ids.size).toBe(20_000);
});
