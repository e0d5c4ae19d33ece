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

/** The last code unit {@link LETTER_OR_DIGIT} holds (the end of Latin Extended Additional). */
const LAST_LETTER_OR_DIGIT = 0x1eff;
const IS_LETTER = 1;
const IS_DIGIT = 2;
let kinds: Uint8Array | undefined;

/** Marks the members of a class body (a plain list of ranges and single characters, no escapes) as `kind`. */
function mark(table: Uint8Array, members: string, kind: number): void {
  for (let i = 0; i < members.length; i++) {
    const from = members.charCodeAt(i);
    const ranged = members[i + 1] === '-' && i + 2 < members.length;
    const to = ranged ? members.charCodeAt(i + 2) : from;
    for (let code = from; code <= to; code++) table[code] = (table[code] as number) | kind;
    if (ranged) i += 2;
  }
}

/** Letters and digits by code unit, read from {@link LETTER} and {@link DIGIT} the first time they are asked for. */
function readKinds(): Uint8Array {
  const table = new Uint8Array(LAST_LETTER_OR_DIGIT + 1);
  mark(table, LETTER, IS_LETTER);
  mark(table, DIGIT, IS_DIGIT);
  return table;
}

function kindOf(code: number): number {
  kinds ??= readKinds();
  return code <= LAST_LETTER_OR_DIGIT ? (kinds[code] as number) : 0;
}

/**
 * Whether a UTF-16 code unit is in {@link LETTER}: words read one code unit at a time, without a regex match (and
 * its strings) for each.
 */
export function isLetter(code: number): boolean {
  return (kindOf(code) & IS_LETTER) !== 0;
}

/** Whether a UTF-16 code unit is in {@link LETTER_OR_DIGIT}. */
export function isLetterOrDigit(code: number): boolean {
  return kindOf(code) !== 0;
}
