import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from '../../scripts/launch-chromium';
import { FIREFOX_BUILD } from '../../scripts/launch-firefox';
import { firstCellCodes, notAskedFor } from '../unit/markdown-tables';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  content_security_policy?: string | { extension_pages?: string };
}

const BUILDS = [
  ['Chrome', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
] as const;

const readManifest = (build: string) =>
  JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;

/** Everything a manifest asks for: API permissions and every address pattern, wherever it is declared. */
function requested(manifest: Manifest): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
}

/** What the README's "Permissions" tables explain, one entry per `code` in their first column. */
const explainedInReadme = (markdown: string) => firstCellCodes(markdown, '## Permissions');

const isAddressPattern = (entry: string) => entry.includes('://') || entry === '<all_urls>';

// A pattern that names its host: `https://`, then a domain of at least two labels, or `*.` and such a domain
// (one employer's subdomain of a named service). `<all_urls>`, `*://*/*`, `https://*/*` and the like do not.
const NAMED_HOST = /^https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/.*$/;

/** The policy's directives, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe.each(BUILDS)('the built %s manifest', (_, build) => {
  const manifest = readManifest(build);

  it('asks for nothing the README does not explain', () => {
    const explained = new Set(explainedInReadme(readFileSync(README, 'utf8')));
    expect(requested(manifest).length).toBeGreaterThan(0);
    expect(requested(manifest).filter((entry) => !explained.has(entry))).toEqual([]);
  });

  it('asks for nothing the README says it does not', () => {
    const notAsked = new Set(notAskedFor(readFileSync(README, 'utf8'), '## Permissions'));
    expect(notAsked.size).toBeGreaterThan(0);
    expect(requested(manifest).filter((entry) => notAsked.has(entry))).toEqual([]);
  });

  it('reaches named hosts only, never all sites', () => {
    const patterns = requested(manifest).filter(isAddressPattern);
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((pattern) => !NAMED_HOST.test(pattern))).toEqual([]);
    for (const broad of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', 'https://*.com/*'])
      expect(NAMED_HOST.test(broad), broad).toBe(false);
  });

  it('lets its pages and background run only its own scripts and connect nowhere else', () => {
    const csp = manifest.content_security_policy;
    const policy =
      manifest.manifest_version === 2 ? csp : typeof csp === 'object' ? csp.extension_pages : undefined;
    expect(typeof policy).toBe('string');
    const rules = directives(policy as string);
    expect(rules.get('default-src')).toEqual(["'none'"]);
    expect(rules.get('script-src')).toEqual(["'self'"]);
    expect(rules.get('connect-src')).toEqual(["'self'"]);
    expect(rules.get('object-src')).toEqual(["'none'"]);
    // Whatever else is allowed, it comes from the package itself.
    for (const [name, values] of rules)
      expect(
        values.every((value) => value === "'self'" || value === "'none'"),
        name,
      ).toBe(true);
  });
});
