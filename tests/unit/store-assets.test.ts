import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LISTING = join(ROOT, 'docs', 'store-listing.md');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The screenshot sizes the Chrome Web Store accepts; it takes at most five. */
const STORE_SIZES = ['1280×800', '640×400'];
const MOST_SCREENSHOTS = 5;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Images the listing's "Screenshots" section links to, as paths from the repository root. */
function listedScreenshots(): string[] {
  const section =
    readFileSync(LISTING, 'utf8')
      .split(/^## Screenshots$/m)[1]
      ?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/\]\(([^)\s]+\.png)\)/g)].map((match) =>
    join(dirname(LISTING), match[1] as string),
  );
}

/** Width×height from a PNG's header: its first chunk, IHDR, starts with them. */
function pngSize(file: string): string {
  const header = readFileSync(file).subarray(0, 24);
  if (!header.subarray(0, 8).equals(PNG_SIGNATURE) || header.toString('latin1', 12, 16) !== 'IHDR')
    return 'not a PNG';
  return `${header.readUInt32BE(16)}×${header.readUInt32BE(20)}`;
}

describe('what the store package is described and pictured with', () => {
  it("the package's description is the extension's own", () => {
    const { description } = JSON.parse(read('package.json')) as { description: string };
    const messages = JSON.parse(read('public/_locales/en/messages.json')) as {
      extDescription: { message: string };
    };
    expect(description).toBe(messages.extDescription.message);
  });

  it('the listing names a few screenshots', () => {
    expect(listedScreenshots().length).toBeGreaterThan(0);
    expect(listedScreenshots().length).toBeLessThanOrEqual(MOST_SCREENSHOTS);
  });

  it.each(listedScreenshots().map((file) => [file.slice(ROOT.length), file]))(
    '%s exists at a size the Chrome Web Store accepts',
    (_, file) => {
      expect(existsSync(file)).toBe(true);
      expect(STORE_SIZES).toContain(pngSize(file));
    },
  );
});
