/**
 * What the detector weighs in the extension: bundled alone and minified, so it can be weighed without a full
 * extension build, and as built (`detector.js`, which the background adds to a mail page once a message opens),
 * next to the built content scripts, which no longer carry it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { DETECTOR_FILES } from '../entrypoints/background/inject-detector';
import { printTable, size } from './table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(ROOT, '.output', 'chrome-mv3');

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

/** Writes the bundle into `dir`; its file URL, for `import()` here or in a fresh process. */
export async function writeDetectorBundle(dir: string): Promise<string> {
  const file = join(dir, 'detector.mjs');
  writeFileSync(file, await detectorBundle());
  return pathToFileURL(file).href;
}

export async function benchBundle(): Promise<void> {
  const detector = await detectorBundle();
  const detectorGzip = gzipSync(detector).length;
  const rows = [['detector/index.ts alone (esbuild, minified)', size(detector.length), size(detectorGzip)]];
  const built = existsSync(BUILD)
    ? [
        ...DETECTOR_FILES.map((file) => file.slice(1)),
        ...readdirSync(join(BUILD, 'content-scripts'))
          .filter((name) => name.endsWith('.js'))
          .map((name) => `content-scripts/${name}`),
      ]
    : [];
  for (const name of built) {
    const code = readFileSync(join(BUILD, name));
    rows.push([name, size(code.length), size(gzipSync(code).length)]);
  }
  printTable('Bundle size', ['file', 'minified', 'gzip'], rows);
  if (built.length === 0)
    console.log('  (no built content scripts in .output/chrome-mv3: run npm run build first)');
}
