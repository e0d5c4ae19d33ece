import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findRemoteCode } from './remote-code';

describe('remote code in a build', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'comeback-build-'));
    mkdirSync(join(dir, 'chunks'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const whatIsFound = () => findRemoteCode(dir).map(({ file, what }) => `${file}: ${what}`);

  it('finds nothing in code that only runs what the build ships', () => {
    writeFileSync(
      join(dir, 'background.js'),
      'const m=await import("./chunks/a.js");retrieval(x);page.evaluate(f);setTimeout(()=>go(),5);' +
        'const u="https://mail.google.com/";fn.import(1);x instanceof Function;',
    );
    writeFileSync(join(dir, 'popup.html'), '<script type="module" src="/chunks/popup.js"></script>');
    writeFileSync(join(dir, 'chunks', 'notes.txt'), 'eval( and new Function( in a text file do not run');
    expect(findRemoteCode(dir)).toEqual([]);
  });

  it('finds eval, functions and timers made from strings, and loading from elsewhere', () => {
    writeFileSync(join(dir, 'background.js'), 'eval(code);const f=new Function("a","return a");');
    writeFileSync(
      join(dir, 'chunks', 'a.js'),
      'Function("return this")();setInterval("tick()",9);import("https://cdn.example/x.js");import(url);',
    );
    writeFileSync(join(dir, 'chunks', 'worker.js'), 'importScripts("//cdn.example/w.js")');
    writeFileSync(join(dir, 'options.html'), '<script src="https://cdn.example/lib.js"></script>');
    expect(whatIsFound()).toEqual([
      'background.js: eval',
      'background.js: Function constructor',
      'chunks/a.js: Function constructor',
      'chunks/a.js: timer running a string',
      'chunks/a.js: import() of something not in the build',
      'chunks/a.js: import() of something not in the build',
      'chunks/worker.js: importScripts() from elsewhere',
      'options.html: script from elsewhere',
    ]);
  });
});
