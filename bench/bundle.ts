/**
 * What the detector weighs in the extension: the built content scripts as they ship, and the detector bundled
 * alone and minified the same way, so its share can be estimated without a full extension build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fixed, printTable, size } from './table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONTENT_SCRIPTS = join(ROOT, '.output', 'chrome-mv3', 'content-scripts');

export async function detectorBundle(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(ROOT, 'detector', 'index.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output');
  return output.contents;
}

export async function benchBundle(): Promise<void> {
  const detector = await detectorBundle();
  const detectorGzip = gzipSync(detector).length;
  const rows = [
    ['detector/index.ts alone (esbuild, minified)', size(detector.length), size(detectorGzip), ''],
  ];
  const scripts = existsSync(CONTENT_SCRIPTS)
    ? readdirSync(CONTENT_SCRIPTS).filter((name) => name.endsWith('.js'))
    : [];
  for (const name of scripts) {
    const code = readFileSync(join(CONTENT_SCRIPTS, name));
    const gzip = gzipSync(code).length;
    rows.push([
      `content-scripts/${name}`,
      size(code.length),
      size(gzip),
      `~${fixed((detector.length / code.length) * 100, 0)}% / ~${fixed((detectorGzip / gzip) * 100, 0)}%`,
    ]);
  }
  printTable('Bundle size', ['file', 'minified', 'gzip', 'detector share (min / gzip)'], rows);
  if (scripts.length === 0)
    console.log('  (no built content scripts in .output/chrome-mv3: run npm run build first)');
}
