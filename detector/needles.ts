import type { Pattern } from './lazy';

/**
 * Patterns searched only where they can match. Most of extraction's patterns match in almost no message, yet each
 * search tries them at every position of the text; a cheaper test of what every match must hold (a rare character
 * or word, or a short pattern that begins on a plain character) rules a text out first. A long list of words is no
 * cheaper to look for than the pattern itself.
 */

/** What every match of a pattern holds: one of some strings, or a match of a cheaper pattern. */
export type Needles = readonly string[] | RegExp;

/**
 * `re`, searched only in text that holds `needles`. The answer is kept for the last text asked about, as callers
 * search one text again from each start in turn.
 */
export function withNeedles(needles: Needles, re: Pattern): Pattern {
  let checked: string | undefined;
  let found = false;
  const holdsNeedles = (text: string) => {
    if (text !== checked) {
      found = Array.isArray(needles)
        ? needles.some((needle) => text.includes(needle))
        : (needles as RegExp).test(text);
      checked = text;
    }
    return found;
  };
  return {
    get lastIndex() {
      return re.lastIndex;
    },
    set lastIndex(value: number) {
      re.lastIndex = value;
    },
    exec(text) {
      if (holdsNeedles(text)) return re.exec(text);
      re.lastIndex = 0;
      return null;
    },
    test(text) {
      if (holdsNeedles(text)) return re.test(text);
      re.lastIndex = 0;
      return false;
    },
  };
}
