/**
 * Letters spelled out for the regex engine. `\p{L}` and the `iu` flags make V8 build and case-close classes of
 * thousands of ranges each time a pattern is compiled, which is most of the detector's start-up; the mail it reads
 * is in Latin script, so explicit classes of the Latin (and, cheaply, Greek and Cyrillic) blocks and text folded to
 * lower case beforehand match the same there at a fraction of the cost.
 */

/**
 * `\p{L}` within U+0000–U+052F (Latin, IPA, Greek, Cyrillic) and U+1E00–U+1EFF (Latin Extended Additional), as
 * the body of a class. Letters of other scripts count as other characters.
 */
export const LETTER =
  'A-Za-zªµºÀ-ÖØ-öø-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u1E00-\u1EFF';
/** `\p{N}` within the same blocks: ASCII digits, superscripts and vulgar fractions. */
export const DIGIT = '0-9\xB2\xB3\xB9\xBC-\xBE';
export const LETTER_OR_DIGIT = `${LETTER}${DIGIT}`;
/** `\p{Lu}` and `\p{Ll}` within U+0000–U+024F: Latin letters by case, which take many short ranges each. */
export const UPPER =
  'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƁƂƄƆƇƉ-ƋƎ-ƑƓƔƖ-ƘƜƝƟƠƢƤƦƧƩƬƮƯƱ-ƳƵƷƸƼǄǇǊǍǏǑǓǕǗǙǛǞǠǢǤǦǨǪǬǮǱǴǶ-ǸǺǼǾȀȂȄȆȈȊȌȎȐȒȔȖȘȚȜȞȠȢȤȦȨȪȬȮȰȲȺȻȽȾɁɃ-ɆɈɊɌɎ';
export const LOWER =
  'a-zµß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĸĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž-ƀƃƅƈƌƍƒƕƙ-ƛƞơƣƥƨƪƫƭưƴƶƹƺƽ-ƿǆǉǌǎǐǒǔǖǘǚǜǝǟǡǣǥǧǩǫǭǯǰǳǵǹǻǽǿȁȃȅȇȉȋȍȏȑȓȕȗșțȝȟȡȣȥȧȩȫȭȯȱȳ-ȹȼȿɀɂɇɉɋɍɏ';

/** Characters whose lower case is not what the `iu` flags compare them as. */
const UNLIKE_LOWER = /[ſẛµİ]/;
const FOLDED: Record<string, string> = { ſ: 's', ẛ: 'ṡ', µ: 'μ', İ: 'İ' };

/** One character as the `iu` flags compare it: its lower case, long s as s; dotted capital I stays itself. */
export function foldChar(char: string): string {
  return FOLDED[char] ?? char.toLowerCase();
}

/**
 * The text as the `iu` flags compare it, character for character, so that a lower-case pattern without the `i`
 * flag matches at the same places as the original with it. Dotted capital I, whose lower case is two characters,
 * is kept, as `i` does not match it under `iu` either.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length && !UNLIKE_LOWER.test(lower)) return lower;
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}
