/**
 * `npm run lint:firefox`: lints the Firefox build as addons.mozilla.org does for a listed add-on (so not
 * `--self-hosted`), and fails on any error and on any warning our code causes. Preact's runtime brings one warning
 * of its own, UNSAFE_VAR_ASSIGNMENT on `dom.innerHTML = newHtml.__html` (node_modules/preact/src/diff/index.js,
 * line 552 in Preact 10.29): it is let through by what it points at, never by file name, and only while no code of
 * ours uses `dangerouslySetInnerHTML`.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCES } from '../wxt.config';
import { filesUsingDangerousHtml, type LintMessage, type LintReport, problemsOfOurs } from './firefox-lint';
import { FIREFOX_BUILD } from './launch-firefox';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_EXT = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
const SOURCE_FOLDERS = SOURCES.filter((pattern) => pattern.endsWith('/**') && pattern !== 'public/**').map(
  (pattern) => pattern.slice(0, -'/**'.length),
);

function lint(): LintReport {
  const run = spawnSync(
    process.execPath,
    [WEB_EXT, 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  try {
    return JSON.parse(run.stdout) as LintReport;
  } catch {
    throw new Error(`web-ext lint gave no report (is there a build? run \`npm run build\`):\n${run.stderr}`);
  }
}

const place = (message: LintMessage) =>
  [message.file ?? 'manifest', message.line, message.column].filter((part) => part !== undefined).join(':');

function main(): void {
  const report = lint();
  const ours = problemsOfOurs(FIREFOX_BUILD, report);
  const dangerous = filesUsingDangerousHtml(ROOT, SOURCE_FOLDERS);
  const known = report.warnings.length + report.errors.length - ours.length;
  console.log(
    `web-ext lint ${relative(ROOT, FIREFOX_BUILD)}: errors ${report.errors.length}, ` +
      `warnings ${report.warnings.length} (${known} from Preact's runtime), notices ${report.notices.length}`,
  );
  for (const message of ours) console.error(`  ${message.code} ${place(message)}: ${message.description}`);
  for (const file of dangerous)
    console.error(`  ${file} uses dangerouslySetInnerHTML: build the DOM with elements and text instead`);
  if (ours.length > 0 || dangerous.length > 0) process.exit(1);
}

main();
