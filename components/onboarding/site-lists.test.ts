import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '@/sites/registry';
import { listNames, siteHome, sitesOfKind } from './site-lists';

describe('the sites the onboarding page names', () => {
  it('splits every site into mail and status sites, none left out', () => {
    expect(sitesOfKind('mail')).toEqual(['gmail', 'outlook', 'linkedin']);
    expect(sitesOfKind('status')).toEqual(['indeed', 'workday', 'greenhouse']);
    expect([...sitesOfKind('mail'), ...sitesOfKind('status')].sort()).toEqual([...SITE_IDS].sort());
  });

  it('opens each mail site where Comeback reads it', () => {
    expect(sitesOfKind('mail').map(siteHome)).toEqual([
      'https://mail.google.com/',
      'https://outlook.live.com/',
      'https://www.linkedin.com/messaging/',
    ]);
  });

  it('lists names the way the language does', () => {
    expect(listNames(['Gmail', 'Outlook', 'LinkedIn'], 'en-GB')).toBe('Gmail, Outlook and LinkedIn');
    expect(listNames(['Gmail', 'Outlook'], 'de')).toBe('Gmail und Outlook');
    expect(listNames(['Gmail'], 'fr')).toBe('Gmail');
  });
});
