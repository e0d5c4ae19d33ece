import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUsingDangerousHtml, type LintMessage, problemsOfOurs } from './firefox-lint';

const BUNDLE =
  'function d(e,f,p){if(f)p&&f.__html==p.__html||(e.innerHTML=f.__html);else p&&(e.innerHTML=``)}\n' +
  'function show(el,mail){el.innerHTML=mail.body}';

const unsafe = (file: string, line: number, column: number): LintMessage => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line,
  column,
});

describe('the Firefox lint judgement', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'comeback-lint-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'chunks', 'styles.js'), BUNDLE);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lets through Preact's dangerouslySetInnerHTML assignment, found by what it points at", () => {
    const column = BUNDLE.indexOf('e.innerHTML=f.__html') + 1;
    const report = { errors: [], warnings: [unsafe('chunks/styles.js', 1, column)], notices: [] };
    expect(problemsOfOurs(dir, report)).toEqual([]);
  });

  it('keeps any other innerHTML warning, errors and other warnings, even in the same file', () => {
    const ours = unsafe('chunks/styles.js', 2, 'function show(el,mail){'.length + 1);
    const error = { code: 'DANGEROUS_EVAL', message: 'eval can be harmful', file: 'background.js' };
    const manifest = {
      code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
      message: 'too old',
      file: 'manifest.json',
    };
    const report = { errors: [error], warnings: [ours, manifest], notices: [] };
    expect(problemsOfOurs(dir, report)).toEqual([error, ours, manifest]);
  });

  it('finds our own dangerouslySetInnerHTML, and skips tests', () => {
    mkdirSync(join(dir, 'components', 'notice'), { recursive: true });
    writeFileSync(join(dir, 'components', 'Safe.tsx'), 'export const Safe = () => <p>{text}</p>;');
    writeFileSync(
      join(dir, 'components', 'notice', 'Raw.tsx'),
      'export const Raw = () => <p dangerouslySetInnerHTML={{ __html: text }} />;',
    );
    writeFileSync(
      join(dir, 'components', 'Raw.test.tsx'),
      "it('renders dangerouslySetInnerHTML', () => {});",
    );
    expect(filesUsingDangerousHtml(dir, ['components'])).toEqual([join('components', 'notice', 'Raw.tsx')]);
  });
});
