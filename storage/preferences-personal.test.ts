import { describe, expect, it } from 'vitest';
import { cleanPersonalSettings, MAX_FOLLOW_UP_DAYS } from './preferences-personal';

const settings = { userName: 'Alex', quietHours: { from: 720, to: 840 }, followUpDays: 3 };

describe('cleanPersonalSettings', () => {
  it('keeps a tidy name, the quiet hours and the days', () => {
    expect(cleanPersonalSettings({ ...settings, userName: '  Alex \n Kim ' })).toEqual({
      ...settings,
      userName: 'Alex Kim',
    });
  });

  it('keeps no quiet hours when they are off or start where they end', () => {
    expect(cleanPersonalSettings({ ...settings, quietHours: null }).quietHours).toBeNull();
    expect(cleanPersonalSettings({ ...settings, quietHours: { from: 600, to: 600 } }).quietHours).toBeNull();
  });

  it('refuses a time outside the day and days that are not a whole number in range', () => {
    for (const quietHours of [
      { from: -1, to: 600 },
      { from: 600, to: 24 * 60 },
      { from: 1.5, to: 600 },
    ]) {
      expect(() => cleanPersonalSettings({ ...settings, quietHours }), JSON.stringify(quietHours)).toThrow();
    }
    for (const followUpDays of [-1, 2.5, Number.NaN, MAX_FOLLOW_UP_DAYS + 1]) {
      expect(() => cleanPersonalSettings({ ...settings, followUpDays }), String(followUpDays)).toThrow();
    }
    expect(cleanPersonalSettings({ ...settings, followUpDays: 0 }).followUpDays).toBe(0);
  });
});
