import { describe, expect, it } from 'vitest';
import { cleanMentor, isEmailAddress } from './mentor';

describe('the mentor', () => {
  it('keeps a tidy name and address', () => {
    expect(cleanMentor({ name: '  Sam   Lee ', email: ' sam@example.org ' })).toEqual({
      name: 'Sam Lee',
      email: 'sam@example.org',
    });
  });

  it('keeps a name alone when the address is left blank', () => {
    expect(cleanMentor({ name: 'Sam', email: '  ' })).toEqual({ name: 'Sam' });
  });

  it('has no mentor without a name', () => {
    expect(cleanMentor({ name: '  ', email: 'sam@example.org' })).toBeNull();
    expect(cleanMentor(null)).toBeNull();
  });

  it('refuses an address that cannot be one', () => {
    expect(() => cleanMentor({ name: 'Sam', email: 'sam at example' })).toThrow(/email/);
  });

  it('tells an address from other text', () => {
    expect(isEmailAddress('sam@example.org')).toBe(true);
    expect(isEmailAddress('sam@example')).toBe(false);
    expect(isEmailAddress('sam @example.org')).toBe(false);
  });
});
