import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '@/public/_locales/de/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { messageReader } from '@/tests/setup/unit';
import { counted, formatBytes, formatCount } from './numbers';
import { countsLine } from './site-labels';

/** Narrow and plain no-break spaces, as Intl writes them in French, shown as plain spaces. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function speak(messages: typeof de | typeof fr) {
  fakeBrowser.i18n.getMessage = messageReader(messages) as typeof fakeBrowser.i18n.getMessage;
}

describe('formatCount', () => {
  it('groups digits the way the language does', () => {
    expect(formatCount(1234, 'en-US')).toBe('1,234');
    expect(formatCount(1234, 'de')).toBe('1.234');
    expect(plainSpaces(formatCount(1234, 'fr'))).toBe('1 234');
  });
});

describe('formatBytes', () => {
  it('writes the size with the language decimal mark', () => {
    expect(formatBytes(12_400_000, 'en-US')).toBe('12.4 MB');
    expect(plainSpaces(formatBytes(12_400_000, 'de'))).toBe('12,4 MB');
  });
});

describe('counted', () => {
  it('picks the German plural by German rules', () => {
    speak(de);
    expect(counted('journeyRoadApplications', 1, 'de')).toBe('1 Bewerbung');
    expect(counted('journeyRoadApplications', 0, 'de')).toBe('0 Bewerbungen');
    expect(counted('journeyRoadNos', 1500, 'de')).toBe('1.500 Absagen');
  });

  it('picks the French plural by French rules, where zero is singular', () => {
    speak(fr);
    expect(counted('journeyRoadApplications', 0, 'fr')).toBe('0 candidature');
    expect(counted('journeyRoadApplications', 1, 'fr')).toBe('1 candidature');
    expect(counted('journeyRoadApplications', 2, 'fr')).toBe('2 candidatures');
  });
});

describe('countsLine', () => {
  it('writes what a site read in the reader language and digits', () => {
    speak(de);
    expect(countsLine('gmail', { read: 1204, missed: 2, errors: 1 }, 'de')).toBe(
      'Gelesene Nachrichten: 1.204 · verpasst: 3',
    );
  });
});
