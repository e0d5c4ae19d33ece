import { expect, test } from 'vitest';
import { fallbackId } from './read';

test('a fallback id is the same for the same company and role, however they are written', () => {
  const id = fallbackId('Acme Robotics', 'Senior Product Designer');
  expect(id).toMatch(/^h-[0-9a-z]+$/);
  expect(fallbackId('  acme   robotics ', 'Senior product designer')).toBe(id);
  expect(fallbackId('Acme Robotics', 'Product Designer')).not.toBe(id);
  expect(fallbackId('Acme Robotic', 'sSenior Product Designer')).not.toBe(id);
  expect(fallbackId('Acme Robotics')).toBe(fallbackId('Acme Robotics', ''));
});
