import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITES } from '@/sites/registry';
import config from '@/wxt.config';
import { firstCellCodes, notAskedFor } from './markdown-tables';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES = join(ROOT, 'public', '_locales');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The Chrome Web Store's limits on the manifest's name and description (Firefox allows more). */
const NAME_LIMIT = 75;
const DESCRIPTION_LIMIT = 132;

function storeText(locale: string): { name?: string; description?: string } {
  const messages = JSON.parse(read(`public/_locales/${locale}/messages.json`)) as Record<
    string,
    { message: string } | undefined
  >;
  return { name: messages.extName?.message, description: messages.extDescription?.message };
}

const CHROME = { browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as const;
const FIREFOX = { browser: 'firefox', manifestVersion: 2, mode: 'production', command: 'build' } as const;

function manifestFor(env: typeof CHROME | typeof FIREFOX) {
  return typeof config.manifest === 'function' ? config.manifest(env) : config.manifest;
}

async function requestedPermissions(): Promise<string[]> {
  return ((await manifestFor(CHROME))?.permissions ?? []).map(String);
}

const sitePatterns = Object.values(SITES).flatMap((site) => [...site.matches]);

describe('what the stores show', () => {
  const locales = readdirSync(LOCALES);

  it.each(locales)('%s: a name and a description that fit the Chrome Web Store', (locale) => {
    const { name, description } = storeText(locale);
    expect(name?.trim()).toBeTruthy();
    expect(name?.length).toBeLessThanOrEqual(NAME_LIMIT);
    expect(description?.trim()).toBeTruthy();
    expect(description?.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
  });

  it("the store listing's short description is the extension's own", () => {
    expect(read('docs/store-listing.md')).toContain(`> ${storeText('en').description}`);
  });

  it.each([
    ['README.md', '## Permissions'],
    ['docs/store-listing.md', '## Permission justifications'],
  ])('%s justifies every permission and site pattern requested, and nothing more', async (file, heading) => {
    const requested = [...(await requestedPermissions()), ...sitePatterns].sort();
    expect(firstCellCodes(read(file), heading).sort()).toEqual(requested);
  });

  it('the README\'s "Not asked for" names nothing that is asked for', async () => {
    const notAsked = notAskedFor(read('README.md'), '## Permissions');
    expect(notAsked).toContain('tabs');
    const requested = new Set([...(await requestedPermissions()), ...sitePatterns]);
    expect(notAsked.filter((entry) => requested.has(entry))).toEqual([]);
  });

  it('asks for the selection menu and the tab it is used in, and nothing broader to read a selection', async () => {
    const requested = await requestedPermissions();
    expect(requested).toEqual(expect.arrayContaining(['contextMenus', 'activeTab']));
    expect(requested).not.toContain('tabs');
    expect(requested).not.toContain('<all_urls>');
  });

  it('asks Firefox for Android for the version that reads its data promise, as the README says', async () => {
    const settings = (await manifestFor(FIREFOX))?.browser_specific_settings;
    expect(settings?.gecko?.id).toBeTruthy();
    expect(settings?.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(read('README.md')).toContain("`gecko_android.strict_min_version: '142.0'`");
  });
});
