/**
 * Plain text from an HTML mail body, in one left-to-right pass (no DOM: this runs in workers and the CLI too).
 * Block elements become line breaks, entities are decoded, and what the reader never sees as the message itself
 * is dropped: `<style>`/`<script>`/`<head>` contents, `<blockquote>` and the quote containers mail clients wrap
 * around earlier messages.
 */

/** What a tag does to the text; one tag may do several things (`<br>` breaks the line and has no content). */
const BLOCK = 1;
const VOID = 2;
/** Its whole content is skipped. */
const HIDDEN = 4;
const CELL = 8;

/** Tag name → its kinds, looked up once per tag. */
const TAG_KINDS = new Map<string, number>();
for (const [kind, names] of [
  [
    BLOCK,
    'address article aside blockquote br caption dd div dl dt figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul',
  ],
  [VOID, 'area base br col embed hr img input link meta source wbr'],
  [HIDDEN, 'style script head title template noscript blockquote'],
  [CELL, 'td th'],
] as const) {
  for (const name of names.split(' ')) TAG_KINDS.set(name, (TAG_KINDS.get(name) ?? 0) | kind);
}

/** Containers that mail clients put around quoted history. */
const QUOTE_CONTAINER =
  /\b(?:gmail_quote|gmail_extra|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|OutlookMessageHeader)\b/i;
/** Tags no longer than this (`<div class=x`) cannot hold a container name, so they are not searched. */
const QUOTE_CONTAINER_MIN = 'gmail_extra'.length;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwnj: '',
  zwj: '',
  shy: '',
  rsquo: '’',
  lsquo: '‘',
  sbquo: '‚',
  rdquo: '”',
  ldquo: '“',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  szlig: 'ß',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
};

/** Latin-1 letters by entity stem (`auml` → ä), generated rather than listed one by one. */
const ACCENTS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
};

/** Own entries only: `&constructor;` or `&__proto__;` must not reach the object's prototype. */
function lookUp(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function decodeNamed(name: string): string | undefined {
  const direct = lookUp(NAMED_ENTITIES, name) ?? lookUp(NAMED_ENTITIES, name.toLowerCase());
  if (direct !== undefined) return direct;
  const letter = name[0];
  const mark = lookUp(ACCENTS, name.slice(1));
  if (letter && mark && /[a-z]/i.test(letter)) return (letter + mark).normalize('NFC');
  return undefined;
}

/** One reference at the cursor: `&#x` and 1–6 hex digits, `&#` and 1–7 digits, or a name. */
const REFERENCE = /&(?:#x([0-9a-f]{1,6})|#([0-9]{1,7})|([a-z][a-z0-9]{1,10}));/iy;

/** The text a reference stands for, or undefined when we do not know it. */
function decodeReference([, hex, decimal, name]: RegExpExecArray): string | undefined {
  if (name) return decodeNamed(name);
  const code = hex ? Number.parseInt(hex, 16) : Number(decimal);
  if (code <= 0 || code > 0x10ffff) return undefined;
  return code === 0xa0 ? ' ' : String.fromCodePoint(code);
}

/**
 * Decodes `&name;`, `&#123;` and `&#x1F;` references; unknown ones stay as written. Each `&` is tried in place:
 * a replacement with a callback costs about twice as much on bodies made of references.
 */
export function decodeEntities(text: string): string {
  const out: string[] = [];
  let copied = 0;
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', amp + 1)) {
    REFERENCE.lastIndex = amp;
    const found = REFERENCE.exec(text);
    const decoded = found ? decodeReference(found) : undefined;
    if (!found || decoded === undefined) continue;
    out.push(text.slice(copied, amp), decoded);
    copied = amp + found[0].length;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

interface Skip {
  tag: string;
  depth: number;
}

/** Reads the tag name right after `<` or `</`, lowercased. */
function tagNameAt(html: string, start: number): string {
  let end = start;
  while (end < html.length) {
    const c = html.charCodeAt(end);
    const isNameChar =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
    if (!isNameChar) break;
    end++;
  }
  return html.slice(start, end).toLowerCase();
}

/** Where `</name` next starts, or the end of the input. */
function findClosingTag(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from);
  while (at !== -1) {
    if (tagNameAt(html, at + 2) === name) return at;
    at = html.indexOf('</', at + 2);
  }
  return html.length;
}

/** Spaces, tabs, no-break spaces and line breaks: the characters whose runs are collapsed. */
function isCollapsible(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 11 || c === 12 || c === 0xa0;
}

/**
 * Collapses each run of spaces and line breaks: a run without a line break becomes one space, a run with one
 * becomes a line break, a run with more becomes a paragraph break. One pass that copies unchanged runs in place:
 * a regex replacement per run costs far more on hostile bodies made of runs.
 */
export function collapseWhitespace(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (!isCollapsible(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let breaks = 0;
    for (; i < text.length && isCollapsible(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === 10) breaks++;
    const run = breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n';
    if (i - start === run.length && text.startsWith(run, start)) continue;
    out.push(text.slice(copied, start), run);
    copied = i;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

const finish = (raw: string) => collapseWhitespace(decodeEntities(raw)).trim();

/**
 * Once the finished text runs this far past a limit, more raw text can no longer change it up to the limit: it
 * only reaches back over the last entity (at most 13 characters) and the last collapsed run of spaces (at most 2).
 */
const SETTLED = 64;

/** The finished text cut to `limit`, when `raw` is long enough to settle it. */
function settled(raw: string, limit: number): string | undefined {
  const text = finish(raw);
  return text.length >= limit + SETTLED ? text.slice(0, limit) : undefined;
}

/**
 * The text of `html`, cut to `limit` characters. Reading stops once the text so far settles the first `limit`
 * characters, so a long body costs what its first part costs.
 */
export function htmlToText(html: string, limit = Number.POSITIVE_INFINITY): string {
  // Appended to one string: V8 joins the pieces once, when the text is read.
  let out = '';
  let nextCheck = limit + SETTLED;
  let skip: Skip | undefined;
  let i = 0;
  while (i < html.length) {
    if (out.length >= nextCheck) {
      const text = settled(out, limit);
      if (text !== undefined) return text;
      nextCheck = 2 * out.length;
    }
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (!skip && textEnd > i) out += html.slice(i, textEnd);
    if (lt === -1) break;

    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) {
      if (!skip) out += html.slice(lt);
      break;
    }
    const closing = html[lt + 1] === '/';
    const name = tagNameAt(html, lt + (closing ? 2 : 1));
    i = gt + 1;
    if (!name) {
      // `<!DOCTYPE>`, `<?xml?>` or a stray `<`: only real tags change the output.
      if (!skip && !/^<[!?]/.test(html.slice(lt, lt + 2))) out += html.slice(lt, gt + 1);
      continue;
    }
    const kind = TAG_KINDS.get(name) ?? 0;
    const selfClosing = html[gt - 1] === '/' || (kind & VOID) !== 0;

    if (skip) {
      if (name === skip.tag && !selfClosing) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = undefined;
      continue;
    }
    if (!closing && !selfClosing) {
      const hidden =
        (kind & HIDDEN) !== 0 || (gt - lt > QUOTE_CONTAINER_MIN && QUOTE_CONTAINER.test(html.slice(lt, gt)));
      if (hidden) {
        if (name === 'script' || name === 'style') {
          // Their content may hold `<` freely: jump straight to the closing tag.
          i = findClosingTag(html, name, gt);
          continue;
        }
        skip = { tag: name, depth: 1 };
        continue;
      }
    }
    if (kind & BLOCK) out += '\n';
    else if (kind & CELL) out += ' ';
  }
  // Text-like bodies come in few long pieces: only as much of them as settles the text is finished.
  for (let end = limit + SETTLED; end < out.length; end *= 2) {
    const text = settled(out.slice(0, end), limit);
    if (text !== undefined) return text;
  }
  return finish(out).slice(0, limit);
}
