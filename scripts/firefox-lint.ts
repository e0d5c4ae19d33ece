import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One message of `web-ext lint --output json` (addons-linter). */
export interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Preact's `dom.innerHTML = newHtml.__html` as the bundler prints it: `node_modules/preact/src/diff/index.js`, line
 * 552 in Preact 10.29 (`diffElementNodes`, the code that applies `dangerouslySetInnerHTML`). addons-linter points
 * at the assignment's first character.
 */
const PREACT_INNER_HTML = /^[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/;

/** The source text a message points at, or '' when it names no place (lines and columns count from 1). */
function flaggedText(buildDir: string, message: LintMessage): string {
  if (!message.file || !message.line || !message.column) return '';
  const line = readFileSync(join(buildDir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  return line.slice(message.column - 1);
}

/** Preact's own innerHTML warning, which comes with its runtime and is not caused by our code. */
export function isPreactInnerHtml(buildDir: string, message: LintMessage): boolean {
  return message.code === 'UNSAFE_VAR_ASSIGNMENT' && PREACT_INNER_HTML.test(flaggedText(buildDir, message));
}

/** Every error, and every warning but Preact's known one: what must be fixed before the build goes to AMO. */
export function problemsOfOurs(buildDir: string, report: LintReport): LintMessage[] {
  return [...report.errors, ...report.warnings.filter((warning) => !isPreactInnerHtml(buildDir, warning))];
}

/**
 * Files of ours that use `dangerouslySetInnerHTML`. Its HTML would be assigned on Preact's line above, so the
 * warning there is only let through while this is empty.
 */
export function filesUsingDangerousHtml(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx|js|jsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => join(folder, file))
      .filter((file) => readFileSync(join(root, file), 'utf8').includes('dangerouslySetInnerHTML')),
  );
}
