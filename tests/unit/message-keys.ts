import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A message key the code names: an exact key, or a prefix of keys built at run time (`step_${id}`). */
export interface KeyUse {
  key: string;
  prefix: boolean;
  where: string;
}

const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', 'docs', 'tests', 'fixtures']);

/** The project's own source files, tests left out: they may name keys that do not exist on purpose. */
export function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIPPED_DIRS.has(name) ? [] : sourceFiles(root, path);
    return /\.(tsx?|html)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

function unwrap(node: ts.Expression): ts.Expression {
  return ts.isAsExpression(node) || ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node;
}

function isTranslateCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'getMessage';
}

/** Property names declared as `name: MessageKey`, e.g. a template's `label`, `subject` and `body`. */
function messageKeyProperties(files: readonly ts.SourceFile[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertySignature(node) && node.type?.getText() === 'MessageKey') names.add(node.name.getText());
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
  return names;
}

/** `readonly MessageKey[]`, `Record<Placeholder, MessageKey>` and the like: every literal inside is a key. */
const KEY_COLLECTION_TYPE = /\bMessageKey\s*(\[\]|>)/;

function literalsIn(node: ts.Node, found: string[]): void {
  if (ts.isStringLiteral(node)) {
    const parent = node.parent;
    if (
      ts.isArrayLiteralExpression(parent) ||
      (ts.isPropertyAssignment(parent) && parent.initializer === node)
    )
      found.push(node.text);
  }
  ts.forEachChild(node, (child) => literalsIn(child, found));
}

/**
 * Every message key a source file names as a literal: `t('key')` and `getMessage('key')`, the prefix of a
 * `t(\`prefix_${…}\`)`, strings given to a `MessageKey` property or collection, and `__MSG_key__` in manifests
 * and pages.
 */
export function keysUsedIn(sources: readonly { path: string; text: string }[]): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const { path, text } of sources) {
    for (const match of text.matchAll(/__MSG_(\w+?)__/g))
      uses.push({ key: match[1] ?? '', prefix: false, where: path });
  }
  const files = sources
    .filter(({ path }) => /\.tsx?$/.test(path))
    .map(({ path, text }) =>
      ts.createSourceFile(
        path,
        text,
        ts.ScriptTarget.Latest,
        true,
        path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      ),
    );
  const keyProperties = messageKeyProperties(files);
  for (const file of files) {
    const typed = file.text.includes('MessageKey');
    const add = (key: string, prefix: boolean, node: ts.Node) => {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      uses.push({ key, prefix, where: `${file.fileName}:${line + 1}` });
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments[0]) {
        const first = unwrap(node.arguments[0]);
        if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))
          add(first.text, false, first);
        else if (ts.isTemplateExpression(first) && first.head.text !== '') add(first.head.text, true, first);
      }
      if (typed && ts.isPropertyAssignment(node) && keyProperties.has(node.name.getText())) {
        const value = unwrap(node.initializer);
        if (ts.isStringLiteral(value)) add(value.text, false, value);
      }
      if (
        typed &&
        ts.isVariableDeclaration(node) &&
        node.initializer &&
        KEY_COLLECTION_TYPE.test(node.type?.getText() ?? '')
      ) {
        const found: string[] = [];
        literalsIn(node.initializer, found);
        for (const key of found) add(key, false, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** The keys the project's source names, read from disk, with paths relative to `root`. */
export function keysUsedInProject(root: string): KeyUse[] {
  return keysUsedIn(
    sourceFiles(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') })),
  );
}
