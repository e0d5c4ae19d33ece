import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A place in a build where code could be fetched from elsewhere or made from a string. */
export interface RemoteCodeFinding {
  file: string;
  what: string;
  excerpt: string;
}

type Rule = readonly [what: string, pattern: RegExp];

const SCRIPT_RULES: readonly Rule[] = [
  ['eval', /(?<![\w$])eval\s*\(/g],
  ['Function constructor', /(?<![\w$.])(?:new\s+)?Function\s*\(/g],
  ['timer running a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g],
  // A chunk of the build itself is the only thing import() may load.
  ['import() of something not in the build', /(?<![\w$.])import\s*\(\s*(?!['"`]\.{0,2}\/)/g],
  ['importScripts() from elsewhere', /\bimportScripts\s*\(\s*['"`](?:[a-z]+:)?\/\//g],
];

const PAGE_RULES: readonly Rule[] = [
  ['script from elsewhere', /<script\b[^>]*\bsrc\s*=\s*["']?(?:[a-z]+:)?\/\//gi],
  ['import() of something not in the build', /(?<![\w$.])import\s*\(\s*(?!['"`]\.{0,2}\/)/g],
];

function rulesFor(file: string): readonly Rule[] {
  if (/\.(?:m?js)$/.test(file)) return SCRIPT_RULES;
  if (file.endsWith('.html')) return PAGE_RULES;
  return [];
}

/**
 * Everything in a built extension that both stores call remote code: `eval`, functions and timers made from
 * strings, `import()` or scripts from anywhere but the build itself. An empty list is what a review expects.
 */
export function findRemoteCode(buildDir: string): RemoteCodeFinding[] {
  const files = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).sort();
  return files.flatMap((file) => {
    const rules = rulesFor(file);
    if (rules.length === 0) return [];
    const text = readFileSync(join(buildDir, file), 'utf8');
    return rules.flatMap(([what, pattern]) =>
      [...text.matchAll(pattern)].map((match) => ({
        file,
        what,
        excerpt: text.slice(Math.max(0, match.index - 20), match.index + 40),
      })),
    );
  });
}
