import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from '../../scripts/launch-chromium';
import { FIREFOX_BUILD } from '../../scripts/launch-firefox';
import { SITES } from '../../sites/registry';

/**
 * Every web address the built extension contains, and why it may: none is ever fetched. Anything else in a bundle
 * (a tracker, a CDN, an API) fails the test until it is explained here, or better, taken out.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map([
  [
    'https://mail.google.com/mail/',
    "Gmail's compose window in the account the mail was read in (`plan/feedback.ts`), opened in a tab when the user asks",
  ],
  ...Object.values(SITES).flatMap((site) =>
    site.matches.map((pattern): [string, string] => [
      pattern,
      'a site the content scripts run on (sites/registry.ts)',
    ]),
  ),
  ['https://my.greenhouse.io', 'base for reading relative links in the Greenhouse page; never fetched'],
  ['https://www.indeed.com', 'base for reading relative links in the Indeed page; never fetched'],
  [
    'https://workday.invalid',
    'base for reading relative links in the Workday page; a reserved, unreachable name',
  ],
  ['http://www.w3.org/1999/xhtml', "Preact's HTML namespace: a name, not an address to load"],
  ['http://www.w3.org/2000/svg', "Preact's SVG namespace (the journey chart)"],
  ['http://www.w3.org/1998/Math/MathML', "Preact's MathML namespace"],
  ['http://bit.ly/2kdckMn', "text of one of Dexie's error messages"],
  ['https://tinyurl.com/y2uuvskb', "text of one of Dexie's error messages"],
  ['https://github.com/wxt-dev/wxt/issues/371', "text of one of WXT's error messages"],
  ['https://wxt.dev/guide/go-further/testing.html', "text of one of WXT's error messages"],
]);

const SCANNED = /\.(?:m?js|html|css|json)$/;
/** An address up to where a string, a template placeholder or markup ends it. */
const ADDRESS = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\$]*/g;

interface Found {
  file: string;
  url: string;
}

function addressesIn(buildDir: string): Found[] {
  const files = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    SCANNED.test(file),
  );
  return files
    .sort()
    .flatMap((file) =>
      [...readFileSync(join(buildDir, file), 'utf8').matchAll(ADDRESS)].map(([url]) => ({ file, url })),
    );
}

const unexplained = (buildDir: string) => addressesIn(buildDir).filter(({ url }) => !ALLOWED.has(url));

describe('web addresses in the built extension', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'comeback-urls-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds an address wherever a bundle could carry one', () => {
    writeFileSync(
      join(scratch, 'a.js'),
      'fetch("https://api.example.com/v1?x=1");const u="wss://live.example.org/"+id;new URL("http://x.test")',
    );
    writeFileSync(join(scratch, 'b.css'), 'body{background:url(https://cdn.example.net/bg.png)}');
    writeFileSync(
      join(scratch, 'c.html'),
      '<img src="https://pixel.example/p.gif"><a href="https://mail.google.com/mail/">',
    );
    expect(unexplained(scratch).map(({ file, url }) => `${file} ${url}`)).toEqual([
      'a.js https://api.example.com/v1?x=1',
      'a.js wss://live.example.org/',
      'a.js http://x.test',
      'b.css https://cdn.example.net/bg.png',
      'c.html https://pixel.example/p.gif',
    ]);
  });

  it.each([
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ])('%s: only the addresses explained above', (_, build) => {
    expect(addressesIn(build).length).toBeGreaterThan(0);
    expect(unexplained(build)).toEqual([]);
  });
});
