import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language';
import { PHRASE_SETS } from './phrases';

describe('pickLanguage', () => {
  it('falls back on English for text too short to tell', () => {
    expect(pickLanguage('', PHRASE_SETS).lang).toBe('en');
    expect(pickLanguage('Acme', PHRASE_SETS).lang).toBe('en');
  });

  it('recognises English', () => {
    expect(
      pickLanguage('Thank you for your application and your interest in the role.', PHRASE_SETS).lang,
    ).toBe('en');
  });
});
