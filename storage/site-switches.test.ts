import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteSwitches } from './settings';
import { isSiteOn, readSiteSwitches, type SiteSwitches, watchSiteSwitches } from './site-switches';

describe('site switches read straight from the browser storage', () => {
  it('reads what the options page saved, and every site as on before anything was saved', async () => {
    expect(await readSiteSwitches()).toEqual({});
    await siteSwitches.setValue({ gmail: false, outlook: true });
    const read = await readSiteSwitches();
    expect(read).toEqual({ gmail: false, outlook: true });
    expect([isSiteOn(read, 'gmail'), isSiteOn(read, 'outlook'), isSiteOn(read, 'linkedin')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('follows every change of the switches, and only of them, until unwatched', async () => {
    const seen: SiteSwitches[] = [];
    const unwatch = watchSiteSwitches((switches) => seen.push(switches));
    await siteSwitches.setValue({ linkedin: false });
    await fakeBrowser.storage.local.set({ siteHealth: { gmail: { read: 1, missed: 0, errors: 0 } } });
    await siteSwitches.removeValue();
    unwatch();
    await siteSwitches.setValue({ gmail: false });
    expect(seen).toEqual([{ linkedin: false }, {}]);
  });
});
