/**
 * Regexes built on first use. A content script evaluates the detector on every page load and most pages never
 * judge a message: a regex whose `\b`s are rewritten, or that is long, is cheaper to build when first needed.
 */

/** What the detector asks of a regex: `exec`, `test` and `lastIndex`, as a global regex has them. */
export interface Pattern {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** Every regex {@link lazyRegExp} made, so that a page can have them built ahead of its first judgement. */
export const LAZY_PATTERNS: Pattern[] = [];

/** The regex `build` returns, built the first time it is used. */
export function lazyRegExp(build: () => RegExp): Pattern {
  let re: RegExp | undefined;
  const built = () => {
    re ??= build();
    return re;
  };
  const pattern: Pattern = {
    get lastIndex() {
      return re?.lastIndex ?? 0;
    },
    set lastIndex(value: number) {
      built().lastIndex = value;
    },
    exec: (text) => built().exec(text),
    test: (text) => built().test(text),
  };
  LAZY_PATTERNS.push(pattern);
  return pattern;
}
