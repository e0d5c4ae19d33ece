/**
 * Phrase patterns compiled on first use. A content script loads the detector on every page, most pages never
 * judge a message, and a message in one language needs none of the other five languages' patterns: compiling
 * all of them up front cost some 150 ms of a page's main thread. A pattern is read (its boundaries made cheap, its
 * letters folded) and compiled the first time it is asked to match.
 */

import { OTHER, readPattern, WORD, type WordSyntax, writePattern } from '../boundary';
import type { Pattern } from '../lazy';
import { fold, foldChar, LETTER_OR_DIGIT } from '../letters';
import { decode } from './escape';

export type { Pattern };

const WORD_CLASS = `[${LETTER_OR_DIGIT}]`;
const IS_WORD = new RegExp(`^${WORD_CLASS}$`);
/** Punctuation and spaces, ASCII or common in mail: never word characters. */
const IS_OTHER = /^(?:[\0-/:-@[-`{-~\s’‘“”„«»–—…]|\\[snrtf.\\/()[\]{}|?*+^$'"-])$/;
/** A single character written so that it stands for itself, in a class or out of one. */
function written(char: string): string {
  if (/[\dA-Za-z]/.test(char) || char.charCodeAt(0) > 0x7e) return char;
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Phrase patterns are written for the `iu` flags with Unicode-aware words: `\b` and `\w` alone would treat
 * accented letters as non-word characters ("seguirá", "optámos"). They run, lower-cased, on folded text.
 */
const FOLDED_WORDS: WordSyntax = {
  kindOf: (atom) => {
    const char = atom[0] === '\\' ? (atom === '\\d' ? '0' : decode(atom)) : foldChar(atom);
    if (char !== undefined && IS_WORD.test(char)) return WORD;
    return IS_OTHER.test(atom) || (char !== undefined && IS_OTHER.test(char)) ? OTHER : WORD | OTHER;
  },
  beforeWord: `(?<!${WORD_CLASS})`,
  // "A word character before" spelled as "no other character before, and not the start": a positive lookbehind
  // in front of a pattern is as slow as the two-sided test.
  beforeOther: `(?<![^${LETTER_OR_DIGIT}])(?!^)`,
  afterWord: `(?!${WORD_CLASS})`,
  afterOther: `(?=${WORD_CLASS})`,
  either: `(?:(?<!${WORD_CLASS})(?=${WORD_CLASS})|(?<=${WORD_CLASS})(?!${WORD_CLASS}))`,
  spell: (atom) => {
    if (atom === '\\w') return `[${LETTER_OR_DIGIT}_]`;
    if (/^\\[pP]/.test(atom)) throw new SyntaxError(`phrase patterns spell letters out, not ${atom}`);
    if (atom[0] !== '\\') return fold(atom);
    const char = /^\\[ux]/.test(atom) ? decode(atom) : undefined;
    return char === undefined ? atom : written(foldChar(char));
  },
  // Folding can reorder a range ("À-Þ" folds to letters around "÷"): list what the range folds to.
  spellRange: (from, to) => {
    const first = (from[0] === '\\' ? decode(from) : from)?.codePointAt(0);
    const last = (to[0] === '\\' ? decode(to) : to)?.codePointAt(0);
    if (first === undefined || last === undefined || last - first > 0x400)
      throw new SyntaxError(`${from}-${to}`);
    const folded = new Set<number>();
    for (let code = first; code <= last; code++)
      folded.add(foldChar(String.fromCodePoint(code)).codePointAt(0) as number);
    const codes = [...folded].sort((a, b) => a - b);
    let out = '';
    for (let i = 0; i < codes.length; ) {
      let j = i;
      while (j + 1 < codes.length && codes[j + 1] === (codes[j] as number) + 1) j++;
      const start = String.fromCodePoint(codes[i] as number);
      out +=
        j === i ? written(start) : `${written(start)}-${written(String.fromCodePoint(codes[j] as number))}`;
      i = j + 1;
    }
    return out;
  },
};

/**
 * Sentences folded lately: the classifier runs every pattern over each sentence of a message, sentence by sentence
 * or pattern by pattern. Whole messages are folded each time: they are few, and would hold on to memory.
 */
const foldedSentences = new Map<string, string>();
const KEPT = 64;
const LONGEST_KEPT = 1000;
/** The text folded last: a sentence meets one pattern after another, and comparing it costs less than looking it up. */
let lastText = '';
let lastFolded = '';

function folded(text: string): string {
  if (text === lastText) return lastFolded;
  if (text.length > LONGEST_KEPT) return fold(text);
  let out = foldedSentences.get(text);
  if (out === undefined) {
    if (foldedSentences.size >= KEPT) foldedSentences.clear();
    out = fold(text);
    foldedSentences.set(text, out);
  }
  lastText = text;
  lastFolded = out;
  return out;
}

/**
 * Marks a phrase pattern. A page holds the phrase tables and the detector in files of their own, each with its own
 * copy of this module, so a pattern is known by a registered symbol rather than by its class.
 */
const PHRASE = Symbol.for('comeback.phrasePattern');

class PhrasePattern implements Pattern {
  readonly [PHRASE] = true;
  lastIndex = 0;
  /** The pattern as the tables write it, for the `iu` flags. */
  readonly source: string;
  private re: RegExp | undefined;
  /**
   * Set once the pattern's words are known (`./gate.ts`): whether a folded text surely holds no match, so that it
   * is passed over unread.
   */
  passOver: ((foldedText: string) => boolean) | undefined = undefined;

  constructor(source: string) {
    this.source = source;
  }

  exec(text: string): RegExpExecArray | null {
    const subject = folded(text);
    if (this.passOver?.(subject)) {
      this.lastIndex = 0;
      return null;
    }
    this.re ??= new RegExp(writePattern(readPattern(this.source, FOLDED_WORDS)), 'g');
    const re = this.re;
    re.lastIndex = this.lastIndex;
    const match = re.exec(subject);
    this.lastIndex = re.lastIndex;
    // The match as it stands in the text, not folded (groups, which the tables do not capture, stay folded).
    if (match) match[0] = text.slice(match.index, match.index + match[0].length);
    return match;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** A phrase pattern from its source, written for the `iu` flags; nothing is read or compiled until it is used. */
export function phrasePattern(source: string): PhrasePatternLike {
  return new PhrasePattern(source);
}

/** A phrase pattern as the detector sees it: its source, and the test that passes texts over once it is known. */
export interface PhrasePatternLike extends Pattern {
  readonly source: string;
  passOver: ((foldedText: string) => boolean) | undefined;
}

/** Whether a value is a phrase pattern: what a phrase table holds, however deep. */
export function isPhrasePattern(value: unknown): value is PhrasePatternLike {
  return typeof value === 'object' && value !== null && (value as { [PHRASE]?: boolean })[PHRASE] === true;
}
