/** Elements whose content never reads as text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'iframe',
  'object',
  'select',
]);

/** Line breaks a block asks for around itself; paragraphs and headings stand apart by a blank line. */
const BLOCK_BREAKS: Record<string, number> = {
  p: 2,
  h1: 2,
  h2: 2,
  h3: 2,
  h4: 2,
  h5: 2,
  h6: 2,
  address: 1,
  article: 1,
  aside: 1,
  blockquote: 1,
  center: 1,
  dd: 1,
  details: 1,
  dialog: 1,
  div: 1,
  dl: 1,
  dt: 1,
  fieldset: 1,
  figcaption: 1,
  figure: 1,
  footer: 1,
  form: 1,
  header: 1,
  hr: 1,
  li: 1,
  main: 1,
  nav: 1,
  ol: 1,
  pre: 1,
  section: 1,
  summary: 1,
  table: 1,
  tr: 1,
  ul: 1,
};

const CELLS = new Set(['td', 'th']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Zero-width fillers mail templates use to pad preview text. */
const INVISIBLE = /\u034f|[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isHidden(element: Element): boolean {
  // Most elements of a mail body carry no attribute at all: one call answers for them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

const NOTHING_LEFT_OUT: ReadonlySet<Element> = new Set();

/** Marks the end of an element during the walk. */
interface Close {
  /** Line breaks the element asks for after itself. */
  breaks: number;
  /** A table cell: keep it apart from the next one on the same line. */
  space: boolean;
  pre: boolean;
}

/** Collapses spaces and trims every line; no more than one blank line in a row. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text a reader sees in `element`, with line breaks where blocks and `<br>` put them, and without
 * scripts, styles, hidden parts and the elements in `leftOut` (quoted history, say: read in place, nothing is
 * copied or changed). Images count as their alt text (so emoji images read as emoji). Walks the tree once without
 * recursion, so deep or huge markup is safe; stops once `maxLength` characters are gathered.
 */
export function readableText(
  element: Element,
  maxLength = Number.POSITIVE_INFINITY,
  leftOut: ReadonlySet<Element> = NOTHING_LEFT_OUT,
): string {
  const parts: string[] = [];
  let length = 0;
  // Breaks asked for by block edges merge (a closing and an opening div make one line break) and are
  // written only before the next visible text, so markup without text adds no empty lines.
  let pendingBreaks = 0;
  let preDepth = 0;

  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const emit = (text: string) => {
    if (length > 0 && pendingBreaks > 0) push('\n'.repeat(pendingBreaks));
    pendingBreaks = 0;
    push(text);
  };
  const space = () => {
    if (length > 0 && pendingBreaks === 0) push(' ');
  };

  const stack: (Node | Close)[] = [element];
  while (stack.length > 0 && length < maxLength) {
    const step = stack.pop() as Node | Close;
    if (!('nodeType' in step)) {
      pendingBreaks = Math.max(pendingBreaks, step.breaks);
      if (step.space) space();
      if (step.pre) preDepth--;
      continue;
    }
    if (step.nodeType === TEXT_NODE) {
      const raw = (step.nodeValue ?? '').replace(INVISIBLE, '');
      if (raw.trim() === '') space();
      else emit(preDepth > 0 ? raw.replace(/[^\S\n]+/g, ' ') : raw.replace(/\s+/g, ' '));
      continue;
    }
    if (step.nodeType !== ELEMENT_NODE) continue;

    const el = step as Element;
    const name = el.localName;
    if (SKIPPED.has(name) || leftOut.has(el) || isHidden(el)) continue;
    if (name === 'br') {
      // A <br> ends the current line: one break more than the block edges already ask for, so a
      // trailing <br> in a block adds nothing and `<div><br></div>` reads as a blank line. Never more
      // than one blank line, however many <br> follow.
      pendingBreaks = Math.min(pendingBreaks + 1, 2);
      continue;
    }
    if (name === 'img') {
      const alt = el.getAttribute('alt')?.trim();
      if (alt) emit(alt);
      continue;
    }

    const breaks = BLOCK_BREAKS[name] ?? 0;
    const pre = name === 'pre';
    pendingBreaks = Math.max(pendingBreaks, breaks);
    if (pre) preDepth++;
    stack.push({ breaks, space: CELLS.has(name), pre });
    for (let child = el.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }

  return tidy(parts.join('')).slice(0, maxLength);
}

/** A document without a window per page, made once: copies it makes never load anything (images, say). */
const inertDocuments = new WeakMap<Document, Document>();

/** A deep copy of `element` to take apart before reading, so the page's own markup is never touched. */
export function inertCopy(element: Element): Element {
  const page = element.ownerDocument;
  let inert = inertDocuments.get(page);
  if (!inert) {
    inert = page.implementation.createHTMLDocument('');
    inertDocuments.set(page, inert);
  }
  return inert.importNode(element, true);
}
