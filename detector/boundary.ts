/**
 * Cheap word boundaries. A two-sided boundary test ("no word character before and one after, or the other way
 * round") in front of a pattern keeps the regex engine from looking ahead for the pattern's first letters, so
 * every attempt costs about twenty times more; V8's own `\b` under the `iu` flags is just as slow. Where the
 * pattern itself fixes the character on one side of a `\b` (the `n` of `\bnot`, the `'` of `\b'll`), only the
 * other side needs testing. {@link cheapBoundaries} reads the pattern into pieces, knowing what each consumes first
 * and last, and writes each `\b` as that one-sided test, which matches exactly the same.
 */

/**
 * What something consumes, as bits: word characters, other characters, either (both bits), or nothing at all
 * (no bit, as an assertion). Joining two is an or.
 */
export const WORD = 1;
export const OTHER = 2;
const EITHER = WORD | OTHER;

/** How one kind of pattern spells word characters and boundaries. */
export interface WordSyntax {
  /** What a literal character or escape (`a`, `'`, `\d`, `\p{L}`) consumes, in every case form the flags allow. */
  kindOf: (atom: string) => number;
  /** Boundary tests for each known side: the next or the previous character is (not) a word character. */
  beforeWord: string;
  beforeOther: string;
  afterWord: string;
  afterOther: string;
  /** The boundary where neither side is known. */
  either: string;
  /** How an escape is written out (`\w` may stand for a wider class). */
  spell?: (atom: string) => string;
}

/** One element of a sequence, already written out. */
interface Piece {
  src: string;
  /** It can match without consuming anything. */
  empty: boolean;
  /** What it can consume first and last, as the bits above. */
  first: number;
  last: number;
  boundary?: boolean;
  /** A plain group's opener and alternatives, kept so that a boundary in front can be moved inside. */
  group?: [string, Piece[][]];
}

/** An escape: `\p{…}`, `\u{…}`, `\uXXXX`, `\xHH`, `\cX` or a backslash and one character. */
const ESCAPE = String.raw`\\[pPu]\{[^}]*\}|\\u[\dA-Fa-f]{4}|\\x[\dA-Fa-f]{2}|\\c[A-Za-z]|\\[^]`;
/** One token of a pattern: an escape, a whole class, a group opener, a quantifier or one character. */
const TOKEN = new RegExp(
  String.raw`${ESCAPE}|\[(?:\\[^]|[^\\\]])*\]|\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?|(?:[?*+]|\{\d+(?:,\d*)?\})\??|[^]`,
  'y',
);
/** One member of a class. */
const MEMBER = new RegExp(`${ESCAPE}|[^]`, 'g');
const ASSERTION: Piece = { src: '', empty: true, first: 0, last: 0 };

/** What a sequence can consume first (or last): its pieces' kinds up to the first that cannot be empty. */
function edge(pieces: Piece[], end: 'first' | 'last'): number {
  let side = 0;
  for (const piece of end === 'first' ? pieces : [...pieces].reverse()) {
    side |= piece[end];
    if (!piece.empty) break;
  }
  return side;
}

const canBeEmpty = (pieces: Piece[]) => pieces.every((piece) => piece.empty);

/** What the pieces on one side of a boundary consume next to it; EITHER when they may consume nothing. */
const beside = (pieces: Piece[], end: 'first' | 'last') => (canBeEmpty(pieces) ? EITHER : edge(pieces, end));

const written = (alternatives: Piece[][]) =>
  alternatives.map((seq) => seq.map((p) => p.src).join('')).join('|');

/** Rewrites every `\b` of a regex source to the cheapest test that matches the same. */
export function cheapBoundaries(source: string, syntax: WordSyntax): string {
  const spell = syntax.spell ?? ((atom: string) => atom);
  let at = 0;

  /** Writes out each boundary of a sequence from what its neighbours consume. */
  const resolve = (seq: Piece[]): Piece[] => {
    seq.forEach((piece, i) => {
      if (!piece.boundary) return;
      const after = beside(seq.slice(i + 1), 'first');
      const before = beside(seq.slice(0, i), 'last');
      const group = seq[i + 1]?.group;
      if (after === WORD) piece.src = syntax.beforeWord;
      else if (after === OTHER) piece.src = syntax.beforeOther;
      else if (before === WORD) piece.src = syntax.afterWord;
      else if (before === OTHER) piece.src = syntax.afterOther;
      else if (group) {
        // `\b(?:will|'ll)` is `(?:\bwill|\b'll)`, where each copy knows its next character.
        const [opener, alternatives] = group;
        const moved = alternatives.map((alt) => resolve([{ ...ASSERTION, boundary: true }, ...alt]));
        seq[i + 1] = { ...(seq[i + 1] as Piece), src: `${opener}${written(moved)})`, group: [opener, moved] };
        piece.src = '';
      } else piece.src = syntax.either;
    });
    return seq;
  };

  const charClass = (token: string): Piece => {
    const negated = token[1] === '^';
    const members = token.slice(negated ? 2 : 1, -1).match(MEMBER) ?? [];
    let side = 0;
    for (let i = 0; i < members.length; ) {
      // A range is all word characters between two letters of the same case or two digits; else unknown.
      const range = members[i + 1] === '-' && i + 2 < members.length;
      const ends = `${members[i]}${members[i + 2]}`;
      if (!range) side |= syntax.kindOf(members[i] as string);
      else side |= /^(?:[a-z]{2}|[A-Z]{2}|\d{2})$/.test(ends) ? WORD : EITHER;
      i += range ? 3 : 1;
    }
    const kind = negated || side === 0 ? EITHER : side;
    return {
      src: `[${negated ? '^' : ''}${members.map(spell).join('')}]`,
      empty: false,
      first: kind,
      last: kind,
    };
  };

  const atom = (token: string): Piece => {
    if (token[0] === '(') {
      const alternatives = sequence();
      if (source[at++] !== ')') throw new SyntaxError(source);
      const src = `${token}${written(alternatives)})`;
      if (/^\(\?<?[=!]/.test(token)) return { ...ASSERTION, src };
      return {
        src,
        empty: alternatives.some(canBeEmpty),
        first: alternatives.reduce((side, seq) => side | edge(seq, 'first'), 0),
        last: alternatives.reduce((side, seq) => side | edge(seq, 'last'), 0),
        group: [token, alternatives],
      };
    }
    if (token[0] === '[' && token.length > 1) return charClass(token);
    if (token === '\\b') return { ...ASSERTION, boundary: true };
    if (token === '\\B' || token === '^' || token === '$') return { ...ASSERTION, src: token };
    const kind = token === '.' ? EITHER : syntax.kindOf(token);
    return { src: spell(token), empty: false, first: kind, last: kind };
  };

  /** Alternatives up to the end or an unmatched `)`. */
  const sequence = (): Piece[][] => {
    const alternatives: Piece[][] = [];
    let seq: Piece[] = [];
    for (;;) {
      TOKEN.lastIndex = at;
      const token = TOKEN.exec(source)?.[0];
      if (token === undefined || token === ')') break;
      at += token.length;
      if (token === '|') {
        alternatives.push(resolve(seq));
        seq = [];
      } else if (/^(?:[?*+]|\{\d)/.test(token)) {
        const piece = seq.pop();
        if (!piece || piece.boundary) throw new SyntaxError(source);
        const min = token[0] === '{' ? Number(/\d+/.exec(token)?.[0]) : token[0] === '+' ? 1 : 0;
        // A quantified group is no longer one copy of its alternatives: a boundary must stay outside it.
        seq.push({ ...piece, src: piece.src + token, empty: piece.empty || min === 0, group: undefined });
      } else seq.push(atom(token));
    }
    alternatives.push(resolve(seq));
    return alternatives;
  };

  const alternatives = sequence();
  if (at < source.length) throw new SyntaxError(source);
  return written(alternatives);
}

/** JavaScript's own words (`\w`: ASCII letters, digits and `_`), as `\b` reads them. */
const ASCII_WORDS: WordSyntax = {
  kindOf: (atom) => {
    if (/^(?:[A-Za-z0-9_]|\\[wd])$/.test(atom)) return WORD;
    return /^(?:[\0-/:-@[-^`{-~]|\\[snrtf.\\/()[\]{}|?*+^$'"-])$/.test(atom) ? OTHER : EITHER;
  },
  beforeWord: '(?<!\\w)',
  afterWord: '(?!\\w)',
  // Left as `\b`: such boundaries are rare here.
  beforeOther: '\\b',
  afterOther: '\\b',
  either: '\\b',
};

/** The same regex with each `\b` made cheap; worth it under the `iu` flags, where V8's `\b` is slow. */
export function withCheapBoundaries(re: RegExp): RegExp {
  return new RegExp(cheapBoundaries(re.source, ASCII_WORDS), re.flags);
}
