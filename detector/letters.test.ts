import { describe, expect, it } from 'vitest';
import {
  DIGIT,
  fold,
  foldChar,
  isLetter,
  isLetterOrDigit,
  LETTER,
  LETTER_OR_DIGIT,
  LOWER,
  UPPER,
} from './letters';

/** Every UTF-16 code unit but surrogates, as a string. */
const BMP = Array.from({ length: 0x10000 }, (_, code) =>
  code >= 0xd800 && code <= 0xdfff ? '' : String.fromCharCode(code),
).join('');

const members = (re: RegExp, upTo: number) =>
  [...BMP].filter((char) => (char.codePointAt(0) as number) <= upTo && re.test(char)).join('');
const inWideBlocks = (char: string) => {
  const code = char.codePointAt(0) as number;
  return code <= 0x52f || (code >= 0x1e00 && code <= 0x1eff);
};

describe('letter classes', () => {
  it('hold exactly the Unicode letters and digits of their blocks', () => {
    const wide = (re: RegExp) => [...BMP].filter((char) => inWideBlocks(char) && re.test(char)).join('');
    expect(members(new RegExp(`^[${LETTER}]$`), 0xffff)).toBe(wide(/^\p{L}$/u));
    expect(members(new RegExp(`^[${DIGIT}]$`), 0xffff)).toBe(wide(/^\p{N}$/u));
    expect(members(new RegExp(`^[${LETTER_OR_DIGIT}]$`), 0xffff)).toBe(wide(/^[\p{L}\p{N}]$/u));
    expect(members(new RegExp(`^[${UPPER}]$`), 0xffff)).toBe(members(/^\p{Lu}$/u, 0x24f));
    expect(members(new RegExp(`^[${LOWER}]$`), 0xffff)).toBe(members(/^\p{Ll}$/u, 0x24f));
  });

  it('are read one code unit at a time as the class matches them', () => {
    const letter = new RegExp(`^[${LETTER}]$`);
    const letterOrDigit = new RegExp(`^[${LETTER_OR_DIGIT}]$`);
    const differ = [...BMP].filter(
      (char) =>
        isLetter(char.charCodeAt(0)) !== letter.test(char) ||
        isLetterOrDigit(char.charCodeAt(0)) !== letterOrDigit.test(char),
    );
    expect(differ).toEqual([]);
    expect(isLetter(0x33)).toBe(false);
    expect(isLetterOrDigit(0x33)).toBe(true);
    expect(isLetterOrDigit(0xd83d)).toBe(false);
  });
});

describe('fold', () => {
  it('keeps every index: one character for one', () => {
    expect(fold(BMP).length).toBe(BMP.length);
    expect(fold('İSTANBUL ſ Straße 😀 𐐀').length).toBe('İSTANBUL ſ Straße 😀 𐐀'.length);
  });

  it('folds Latin letters as the `iu` flags compare them', () => {
    const byFold = new Map<string, string[]>();
    for (const char of BMP) byFold.set(foldChar(char), [...(byFold.get(foldChar(char)) ?? []), char]);
    // For every letter of the Latin blocks, the characters `iu` finds equal to it are those folding to the same.
    for (const char of members(/^\p{L}$/u, 0x24f)) {
      const equal = BMP.match(new RegExp(`[${char}]`, 'giu')) ?? [];
      expect(byFold.get(foldChar(char))?.sort()).toEqual(equal.sort());
    }
    expect(fold('ſtatus KELVIN İ')).toBe('status kelvin İ');
  });
});
