import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITES } from '@/sites/registry';
import config from '@/wxt.config';
import { firstCellCodes } from './markdown-tables';

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

async function requestedPermissions(): Promise<string[]> {
  const env = { browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as const;
  const manifest = await (typeof config.manifest === 'function' ? config.manifest(env) : config.manifest);
  return (manifest?.permissions ?? []).map(String);
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
});
