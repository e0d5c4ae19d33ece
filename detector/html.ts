/**
 * Plain text from an HTML mail body, in one left-to-right pass (no DOM: this runs in workers and the CLI too).
 * Block elements become line breaks, entities are decoded, and what the reader never sees as the message itself
 * is dropped: `<style>`/`<script>`/`<head>` contents, `<blockquote>` and the quote containers mail clients wrap
 * around earlier messages.
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

/** Elements whose whole content is skipped. */
const HIDDEN_TAGS = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'blockquote']);

/** Containers that mail clients put around quoted history. */
const QUOTE_CONTAINER =
  /\b(?:gmail_quote|gmail_extra|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|OutlookMessageHeader)\b/i;

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);

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

function decodeNamed(name: string): string | undefined {
  const direct = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (direct !== undefined) return direct;
  const letter = name[0];
  const mark = ACCENTS[name.slice(1)];
  if (letter && mark && /[a-z]/i.test(letter)) return (letter + mark).normalize('NFC');
  return undefined;
}

/** Decodes `&name;`, `&#123;` and `&#x1F;` references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,10});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X'
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
      if (code === 0xa0) return ' ';
      return String.fromCodePoint(code);
    }
    return decodeNamed(ref) ?? whole;
  });
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

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skip: Skip | undefined;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (!skip && textEnd > i) out.push(html.slice(i, textEnd));
    if (lt === -1) break;

    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) {
      if (!skip) out.push(html.slice(lt));
      break;
    }
    const closing = html[lt + 1] === '/';
    const name = tagNameAt(html, lt + (closing ? 2 : 1));
    i = gt + 1;
    if (!name) {
      // `<!DOCTYPE>`, `<?xml?>` or a stray `<`: only real tags change the output.
      if (!skip && !/^<[!?]/.test(html.slice(lt, lt + 2))) out.push(html.slice(lt, gt + 1));
      continue;
    }
    const selfClosing = html[gt - 1] === '/' || VOID_TAGS.has(name);

    if (skip) {
      if (name === skip.tag && !selfClosing) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = undefined;
      continue;
    }
    if (!closing && !selfClosing) {
      const hidden = HIDDEN_TAGS.has(name) || QUOTE_CONTAINER.test(html.slice(lt, gt));
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
    if (BLOCK_TAGS.has(name)) out.push('\n');
    else if (name === 'td' || name === 'th') out.push(' ');
  }
  return decodeEntities(out.join(''))
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
