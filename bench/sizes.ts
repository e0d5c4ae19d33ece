/**
 * What the built extension weighs: every content script, the detector file loaded on demand and everything the
 * popup page loads; and what a bundle is made of.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { DETECTOR_FILES, DETECTOR_WORKER_FILE } from '../entrypoints/background/inject-detector';

/** The budget of every content script, minified: it is evaluated on every page load of the sites it runs on. */
export const CONTENT_SCRIPT_BYTES = 40 * 1024;

export interface FileSize {
  name: string;
  bytes: number;
}

export function contentScriptSizes(buildDir: string): FileSize[] {
  const dir = join(buildDir, 'content-scripts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({ name: `content-scripts/${name}`, bytes: readFileSync(join(dir, name)).length }));
}

/** The detector's files the background adds to a mail page once a message opens, each evaluated in a task of its own. */
export function detectorSizes(buildDir: string): FileSize[] {
  return DETECTOR_FILES.map((file) => file.slice(1)).map((name) => ({
    name,
    bytes: readFileSync(join(buildDir, name)).length,
  }));
}

/** The detector in one file, which a mail content script starts as a worker of its page. */
export function detectorWorkerSize(buildDir: string): FileSize {
  const name = DETECTOR_WORKER_FILE.slice(1);
  return { name, bytes: readFileSync(join(buildDir, name)).length };
}

/** Scripts and style sheets a page names (`src`, `href`), as paths inside the build. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map(([, path]) => path as string);
}

/** Modules a bundled chunk imports statically, as paths inside the build. */
function importsOf(code: string, path: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map(([, relative]) =>
    join(dirname(path), relative as string),
  );
}

/** The page itself and every script and style sheet it loads before it can render, each counted once. */
export function pageBundle(buildDir: string, page: string): FileSize[] {
  const files = new Map<string, number>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    const content = readFileSync(join(buildDir, path));
    files.set(path, content.length);
    const text = content.toString('utf8');
    const next = path.endsWith('.html') ? assetsOf(text) : path.endsWith('.js') ? importsOf(text, path) : [];
    for (const each of next) visit(each);
  };
  visit(page);
  return [...files].map(([name, bytes]) => ({ name, bytes }));
}

/** Where a path's bytes are counted: a package, the detector's phrase tables, or a top-level folder. */
function groupOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'node_modules') return parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/');
  if (parts[0] === 'detector' && parts[1] === 'phrases') return 'detector/phrases';
  return parts[0] ?? path;
}

/**
 * What an entry point's bundle is made of, bytes per group (`groupOf`), largest first: the entry bundled
 * alone and minified with esbuild, whose metafile says which source each byte of output comes from. WXT's own
 * content-script runtime is not in it, so the total is somewhat below the built file's size.
 */
export async function bundleMakeup(
  root: string,
  entry: string,
): Promise<{ total: number; groups: FileSize[] }> {
  const result = await build({
    entryPoints: [join(root, entry)],
    absWorkingDir: root,
    tsconfig: join(root, 'tsconfig.json'),
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  if (!output) throw new Error(`esbuild produced no output for ${entry}`);
  const groups = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytesInOutput);
  }
  return {
    total: output.bytes,
    groups: [...groups]
      .map(([name, bytes]) => ({ name, bytes }))
      .filter(({ bytes }) => bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
  };
}
