/**
 * Cheap word boundaries. A two-sided boundary test ("no word character before and one after, or the other way
 * round") in front of a pattern keeps the regex engine from looking ahead for the pattern's first letters, so
 * every attempt costs about twenty times more; V8's own `\b` under the `iu` flags is just as slow. Where the
 * pattern itself fixes the character on one side of a `\b` (the `n` of `\bnot`, the `'` of `\b'll`), only the
 * other side needs testing. {@link readPattern} reads the pattern into pieces, knowing what each consumes first
 * and last, and writes each `\b` as that one-sided test, which matches exactly the same.
 *
 * Patterns are read when first used, in a page's first moments, before the JavaScript engine has optimised any of
 * this code: one native regex call cuts a pattern into tokens, runs of plain characters stay one token, and pieces
 * that recur (`[^\s.,;:!?]`, `\s`) are read once.
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
  /** What a character or escape (`a`, `'`, `\d`, `\p{L}`) consumes, in every case form the flags allow. */
  kindOf: (atom: string) => number;
  /** Boundary tests for each known side: the next or the previous character is (not) a word character. */
  beforeWord: string;
  beforeOther: string;
  afterWord: string;
  afterOther: string;
  /** The boundary where neither side is known. */
  either: string;
  /** How an escape, a character or a run of plain characters is written out (`\w` may stand for a wider class). */
  spell?: (atom: string) => string;
  /** How a class range is written out; by default its two ends, each spelled. */
  spellRange?: (from: string, to: string) => string;
}

/** One element of a sequence, already written out. */
export interface Piece {
  src: string;
  /** It can match without consuming anything. */
  empty: boolean;
  /** What it can consume first and last, as the bits above. */
  first: number;
  last: number;
  boundary: boolean;
  /** A plain group's opener and alternatives, kept so that a boundary in front can be moved inside. */
  group: [string, Piece[][]] | undefined;
}

/** Every piece has every field, in one order: objects of one shape are read fastest by code not yet optimised. */
function piece(src: string, empty: boolean, first: number, last: number): Piece {
  return {
    src,
    empty,
    first,
    last,
    boundary: false,
    group: undefined,
  };
}

function copyOf(p: Piece): Piece {
  const copy = piece(p.src, p.empty, p.first, p.last);
  copy.boundary = p.boundary;
  copy.group = p.group;
  return copy;
}

/** Something that consumes nothing: `^`, `$`, `\B`, a lookaround or a boundary. */
const assertion = (src: string) => piece(src, true, 0, 0);

function boundaryPiece(): Piece {
  const boundary = assertion('');
  boundary.boundary = true;
  return boundary;
}

const LOOKAROUNDS = new Set(['(?=', '(?!', '(?<=', '(?<!']);

const ESCAPE = String.raw`\\(?:[pPu]\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|[^])`;
/**
 * The tokens of a pattern: an escape, a whole class, a group opener, a quantifier, a run of plain characters or
 * one other character.
 */
export const TOKENS = new RegExp(
  String.raw`${ESCAPE}|\[(?:\\[^]|[^\\\]])*\]|\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?|(?:[?*+]|\{\d+(?:,\d*)?\})\??|[^\\[\](){}|?*+.^$]+|[^]`,
  'g',
);
/** The members of a class: escapes and characters, surrogate pairs whole. */
export const MEMBERS = new RegExp(`${ESCAPE}|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^]`, 'g');
export const isQuantifier = (token: string) => {
  const c = token[0];
  return c === '?' || c === '*' || c === '+' || (c === '{' && token.length > 1);
};
/** A run of plain characters (or a single one): the tokens that do not start with a character of the syntax. */
export const isRun = (token: string) => !'\\[](){}|?*+.^$'.includes(token[0] as string);

/** The first and last character of a run, both halves of a surrogate pair together. */
function firstCharOf(run: string): string {
  const code = run.charCodeAt(0);
  return run.slice(0, code >= 0xd800 && code <= 0xdbff && run.length > 1 ? 2 : 1);
}

export function lastCharOf(run: string): string {
  const code = run.charCodeAt(run.length - 1);
  return run.slice(code >= 0xdc00 && code <= 0xdfff && run.length > 1 ? -2 : -1);
}

function written(alternatives: Piece[][]): string {
  let out = '';
  for (let a = 0; a < alternatives.length; a++) {
    if (a > 0) out += '|';
    for (const p of alternatives[a] as Piece[]) out += p.src;
  }
  return out;
}

/**
 * Pieces read once per kind of pattern: atoms, classes and whole groups never change once read, so they are
 * shared. Phrase tables build patterns from the same fragments (gaps, negations, role nouns) again and again.
 */
const readPieces = new WeakMap<WordSyntax, Map<string, Piece>>();

/**
 * Reads a regex source into alternatives of pieces, each `\b` written as the cheapest test that matches the same.
 * Throws a SyntaxError on a pattern it cannot read whole.
 */
export function readPattern(source: string, syntax: WordSyntax): Piece[][] {
  const spell = syntax.spell ?? ((atom: string) => atom);
  const spellRange = syntax.spellRange ?? ((from: string, to: string) => `${spell(from)}-${spell(to)}`);
  const known = readPieces.get(syntax) ?? new Map<string, Piece>();
  readPieces.set(syntax, known);
  const tokens = source.match(TOKENS) ?? [];
  // Where each token starts, and which `)` closes each group: a group already read is known by its text.
  const starts: number[] = [];
  const closing: number[] = [];
  const open: number[] = [];
  let offset = 0;
  tokens.forEach((token, i) => {
    starts.push(offset);
    offset += token.length;
    if (token[0] === '(') open.push(i);
    else if (token === ')') closing[open.pop() ?? i] = i;
  });
  let at = 0;

  /** The test for a boundary with what stands after and before it (EITHER when that may be nothing). */
  const boundaryTest = (after: number, before: number) => {
    if (after === WORD) return syntax.beforeWord;
    if (after === OTHER) return syntax.beforeOther;
    if (before === WORD) return syntax.afterWord;
    if (before === OTHER) return syntax.afterOther;
    return undefined;
  };

  /** What the pieces from `from` on consume first; EITHER when they may consume nothing. */
  const firstFrom = (seq: Piece[], from: number) => {
    let side = 0;
    for (let i = from; i < seq.length; i++) {
      const p = seq[i] as Piece;
      side |= p.first;
      if (!p.empty) return side;
    }
    return EITHER;
  };

  /** A boundary in front of a plain group, copied into each of its alternatives; undefined for other pieces. */
  const withBoundaryInside = (next: Piece | undefined): Piece | undefined => {
    if (!next?.group) return undefined;
    const [opener, alternatives] = next.group;
    const moved = alternatives.map(leadingBoundary);
    const copy = copyOf(next);
    copy.src = `${opener}${written(moved)})`;
    copy.group = [opener, moved];
    return copy;
  };

  /** A boundary at the start of an alternative: `\b(?:will|'ll)` is `(?:\bwill|\b'll)`. */
  const leadingBoundary = (alt: Piece[]): Piece[] => {
    const boundary = boundaryPiece();
    const test = boundaryTest(firstFrom(alt, 0), EITHER);
    if (test !== undefined) boundary.src = test;
    else {
      const moved = withBoundaryInside(alt[0]);
      if (moved) return [boundary, moved, ...alt.slice(1)];
      boundary.src = syntax.either;
    }
    return [boundary, ...alt];
  };

  /** Writes out each boundary of a sequence from what its neighbours consume. */
  const resolve = (seq: Piece[]): Piece[] => {
    let before = EITHER;
    for (let i = 0; i < seq.length; i++) {
      const p = seq[i] as Piece;
      if (p.boundary) {
        const test = boundaryTest(firstFrom(seq, i + 1), before);
        if (test !== undefined) p.src = test;
        else {
          const moved = withBoundaryInside(seq[i + 1]);
          if (moved) seq[i + 1] = moved;
          else p.src = syntax.either;
        }
      }
      // What stands before the next piece: this one's last, and earlier ones' while this one may be empty.
      before = p.empty ? before | p.last : p.last;
    }
    return seq;
  };

  const charClass = (token: string): Piece => {
    const negated = token[1] === '^';
    const members = token.slice(negated ? 2 : 1, -1).match(MEMBERS) ?? [];
    let side = 0;
    let src = '';
    for (let i = 0; i < members.length; ) {
      const member = members[i] as string;
      // A range is all word characters between two letters of the same case or two digits; else unknown.
      if (members[i + 1] === '-' && i + 2 < members.length) {
        const last = members[i + 2] as string;
        side |= /^(?:[a-z]{2}|[A-Z]{2}|\d{2})$/.test(member + last) ? WORD : EITHER;
        src += spellRange(member, last);
        i += 3;
      } else {
        side |= syntax.kindOf(member);
        const spelled = spell(member);
        // `\w` may be spelled as a class of its own: inside a class, its members join this one.
        src += /^\[[^^][^\]]*\]$/.test(spelled) ? spelled.slice(1, -1) : spelled;
        i += 1;
      }
    }
    const kind = negated || side === 0 ? EITHER : side;
    return piece(`[${negated ? '^' : ''}${src}]`, false, kind, kind);
  };

  /** An escape, a character or a run of plain characters: what it consumes at each end. */
  const text = (token: string): Piece => {
    if (token === '.') return piece('.', false, EITHER, EITHER);
    const escaped = token[0] === '\\';
    const firstChar = escaped ? token : firstCharOf(token);
    const first = syntax.kindOf(firstChar);
    const last = escaped || token.length === firstChar.length ? first : syntax.kindOf(lastCharOf(token));
    return piece(spell(token), false, first, last);
  };

  const atom = (token: string): Piece => {
    if (token === '^' || token === '$' || token === '\\B') return assertion(token);
    if (token === '\\b') return boundaryPiece();
    let found = known.get(token);
    if (!found) {
      if (token[0] === '[') {
        if (token.length === 1) throw new SyntaxError(source);
        found = charClass(token);
      } else found = text(token);
      known.set(token, found);
    }
    return found;
  };

  const group = (opener: string): Piece => {
    const close = closing[at - 1];
    const text =
      close === undefined ? undefined : source.slice(starts[at - 1], (starts[close] as number) + 1);
    const seen = text === undefined ? undefined : known.get(text);
    if (seen) {
      at = (close as number) + 1;
      return seen;
    }
    const found = readGroup(opener);
    if (text !== undefined) known.set(text, found);
    return found;
  };

  const readGroup = (opener: string): Piece => {
    const alternatives = sequence();
    if (tokens[at++] !== ')') throw new SyntaxError(source);
    const src = `${opener}${written(alternatives)})`;
    if (LOOKAROUNDS.has(opener)) return assertion(src);
    let first = 0;
    let last = 0;
    let empty = false;
    for (const seq of alternatives) {
      let side = 0;
      let allEmpty = true;
      for (const p of seq) {
        side |= p.first;
        if (!p.empty) {
          allEmpty = false;
          break;
        }
      }
      first |= side;
      side = 0;
      for (let i = seq.length - 1; i >= 0; i--) {
        const p = seq[i] as Piece;
        side |= p.last;
        if (!p.empty) break;
      }
      last |= side;
      empty ||= allEmpty;
    }
    const found = piece(src, empty, first, last);
    found.group = [opener, alternatives];
    return found;
  };

  /** Applies a quantifier to the last piece; of a run, only its last character is repeated. */
  const quantify = (seq: Piece[], token: string, run: string | undefined) => {
    let last = seq.pop();
    if (!last || last.boundary) throw new SyntaxError(source);
    const lastChar = run === undefined ? '' : lastCharOf(run);
    if (run !== undefined && lastChar.length < run.length) {
      seq.push(atom(run.slice(0, -lastChar.length)));
      last = atom(lastChar);
    }
    const optional = token[0] === '?' || token[0] === '*' || token.startsWith('{0');
    // A quantified group is no longer one copy of its alternatives: a boundary must stay outside it.
    const quantified = copyOf(last);
    quantified.src += token;
    quantified.empty = last.empty || optional;
    quantified.group = undefined;
    seq.push(quantified);
  };

  /** Alternatives up to the end or an unmatched `)`. */
  const sequence = (): Piece[][] => {
    const alternatives: Piece[][] = [];
    let seq: Piece[] = [];
    let previous: string | undefined;
    while (at < tokens.length) {
      const token = tokens[at] as string;
      if (token === ')') break;
      at++;
      if (token === '|') {
        alternatives.push(resolve(seq));
        seq = [];
      } else if (isQuantifier(token))
        quantify(seq, token, previous !== undefined && isRun(previous) ? previous : undefined);
      else seq.push(token[0] === '(' ? group(token) : atom(token));
      previous = token;
    }
    alternatives.push(resolve(seq));
    return alternatives;
  };

  const alternatives = sequence();
  if (at < tokens.length) throw new SyntaxError(source);
  return alternatives;
}

/** Rewrites every `\b` of a regex source to the cheapest test that matches the same. */
export function cheapBoundaries(source: string, syntax: WordSyntax): string {
  return written(readPattern(source, syntax));
}

/** Writes pieces read by {@link readPattern} back out as a regex source. */
export { written as writePattern };

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
