/**
 * Hostile pages for the site readers' fuzz tests: markup described as data (so fast-check can make and shrink
 * it), changes that break a saved page the way a site redesign or a crafted mail would, and hand-made
 * extremes (deep nesting, huge trees, megabytes of text). Everything is built with DOM calls, never parsed,
 * so text that looks like markup stays text and nesting goes where no HTML parser would put it.
 */
import fc from 'fast-check';

/** Looks like markup, must stay text. */
export const MARKUP_AS_TEXT = '<img src=x onerror="alert(1)">';

/**
 * Words that have broken readers: markup as text, right-to-left and invisible characters, emoji, odd breaks.
 */
const HOSTILE_PIECES = [
  MARKUP_AS_TEXT,
  '<script>alert(1)</script>',
  '</div></td></tr></table>',
  '&amp;&lt;&#x202E;&nbsp;',
  'We have decided to move forward with other candidates.',
  'Unfortunately, we will not be moving forward.',
  'Not selected by employer',
  'نأسف لإبلاغك',
  'אנו מצטערים',
  '\u202E\u2067reversed\u2069\u202C',
  '\u200F\u200E',
  '\u200B\u200C\u200D\u2060\uFEFF\u00AD\u034F',
  '😀',
  '👩‍💻',
  '🏳️‍🌈',
  '\uD800',
  '\u0000\u0007',
  ' ',
  '   \t ',
  '\n',
  '\r\n',
  '\u2028\u2029',
  'From: Jane <jane@acme.com>\nSent: Tuesday\n',
  '-----Original Message-----',
  '> quoted line',
  'Tue, Mar 5, 2024, 10:12 AM',
  '10:42 AM',
  'jane@acme.com',
];

export const hostileText = (maxPieces: number) =>
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 12, unit: 'binary' })), {
      maxLength: maxPieces,
    })
    .map((pieces) => pieces.join(''));

/** Elements readers treat specially (skipped, hidden, block, table, heading, image) and plain ones. */
const TAGS = [
  'div',
  'span',
  'p',
  'br',
  'img',
  'a',
  'b',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'h1',
  'h2',
  'h3',
  'time',
  'main',
  'article',
  'script',
  'style',
  'template',
  'noscript',
  'select',
  'option',
  'object',
  'svg',
  'button',
];

/** Class names, ids and data values the site probes look for, so generated markup meets them. */
const CLASS_TOKENS = [
  'adn',
  'h7',
  'kv',
  'kQ',
  'a3s',
  'ii gt',
  'gD',
  'g3',
  'hP',
  'undefined',
  'gmail_quote',
  'yahoo_quoted',
  'msg-convo-wrapper',
  'msg-s-message-list__event',
  'msg-s-event-listitem',
  'msg-s-event-listitem--other',
  'msg-s-message-group__name',
  'msg-s-message-group__timestamp',
  'msg-s-event-listitem__body',
  'msg-s-event-listitem__subject',
  'msg-s-message-list__time-heading',
  'msg-entity-lockup__entity-title',
  'global-nav__me-photo',
  'applications-list',
  'application-card',
  'application-card__company',
  'application-card__job-title',
  'status-badge',
];

const PLAUSIBLE_VALUES = [
  '',
  'true',
  'false',
  'main',
  'list',
  'listitem',
  'heading',
  'document',
  'row',
  '#msg-f:1792701768541109557',
  'thread-f:1792701768541109557',
  '18e0f4c2a61b7d35',
  '20277; 1:WyIjdGhyZWFkLWY6MSIsbnVsbCwiI21zZy1mOjIiXQ',
  'Tue, Mar 5, 2024, 10:12 AM',
  '2024-03-05T10:12:00Z',
  'not a date',
  'From: Jane Doe <jane@acme.com>',
  'jane@acme.com',
  'UniqueMessageBody_9',
  'x_divRplyFwdMsg',
  'x_appendonsend',
  'Message body',
  'display:none',
  'visibility: hidden',
  'https://boards.greenhouse.io/acme/jobs/4012345',
  'https://acme.example/careers?gh_jid=77',
  '/viewjob?jk=0123456789abcdef',
  '/cmp/Acme',
  '/en-US/acme/job/Remote/Engineer_R-1234',
  'urn:li:fsd_message:2-XYZ',
  'applied-jobs-list',
  'applied-job-card',
  'company-name',
  'job-title',
  'status-tag',
  'applicationsList',
  'applicationRow',
  'jobTitle',
  'status',
  'requisitionId',
  'dateSubmitted',
  'messaging-thread',
  'messaging-message',
];

const ATTRIBUTE_NAMES = [
  'class',
  'id',
  'role',
  'aria-expanded',
  'aria-hidden',
  'aria-label',
  'aria-selected',
  'hidden',
  'style',
  'title',
  'alt',
  'href',
  'name',
  'email',
  'datetime',
  'jslog',
  'data-message-id',
  'data-legacy-message-id',
  'data-thread-perm-id',
  'data-hovercard-id',
  'data-convid',
  'data-event-urn',
  'data-view-name',
  'data-testid',
  'data-automation-id',
  'data-jk',
];

const attribute = fc.tuple(
  fc.constantFrom(...ATTRIBUTE_NAMES),
  fc.oneof(
    fc.constantFrom(...PLAUSIBLE_VALUES),
    fc.constantFrom(...CLASS_TOKENS),
    fc.subarray(CLASS_TOKENS, { maxLength: 3 }).map((tokens) => tokens.join(' ')),
    hostileText(3),
  ),
);

/** Markup as data: a text node, or an element with attributes and children. */
export type NodeSpec =
  | { text: string }
  | { tag: string; attributes: [string, string][]; children: NodeSpec[] };

const { node } = fc.letrec<{ node: NodeSpec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: hostileText(6) }),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(attribute, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
}));

export const nodeSpec: fc.Arbitrary<NodeSpec> = node;

export function build(doc: Document, spec: NodeSpec): Node {
  if ('text' in spec) return doc.createTextNode(spec.text);
  const element = doc.createElement(spec.tag);
  for (const [name, value] of spec.attributes) element.setAttribute(name, value);
  for (const child of spec.children) element.append(build(doc, child));
  return element;
}

/** One change to a page; `at` picks the element it applies to among the body's elements. */
export type Mutation =
  | { kind: 'insert'; at: number; spec: NodeSpec; first: boolean }
  | { kind: 'wrap'; at: number; tag: string; attributes: [string, string][] }
  | { kind: 'remove'; at: number }
  | { kind: 'dropAttribute'; at: number; which: number }
  | { kind: 'setAttribute'; at: number; name: string; value: string }
  | { kind: 'replaceText'; at: number; text: string };

const at = fc.nat();
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at, spec: nodeSpec, first: fc.boolean() }),
  fc.record({
    kind: fc.constant('wrap' as const),
    at,
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(attribute, { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), at }),
  fc.record({ kind: fc.constant('dropAttribute' as const), at, which: fc.nat() }),
  fc.record({
    kind: fc.constant('setAttribute' as const),
    at,
    name: attribute.map(([name]) => name),
    value: attribute.map(([, value]) => value),
  }),
  fc.record({ kind: fc.constant('replaceText' as const), at, text: hostileText(8) }),
);

/** Applies `changes` to `doc`'s body, in order. */
export function mutate(doc: Document, changes: readonly Mutation[]): void {
  for (const change of changes) {
    const elements = Array.from(doc.body.querySelectorAll('*'));
    const target = elements[change.at % Math.max(1, elements.length)] ?? doc.body;
    switch (change.kind) {
      case 'insert': {
        const built = build(doc, change.spec);
        if (change.first) target.prepend(built);
        else target.append(built);
        break;
      }
      case 'wrap': {
        const wrapper = doc.createElement(change.tag);
        for (const [name, value] of change.attributes) wrapper.setAttribute(name, value);
        if (target === doc.body) break;
        target.replaceWith(wrapper);
        wrapper.append(target);
        break;
      }
      case 'remove':
        if (target !== doc.body) target.remove();
        break;
      case 'dropAttribute': {
        const name = target.getAttributeNames()[change.which % Math.max(1, target.attributes.length)];
        if (name) target.removeAttribute(name);
        break;
      }
      case 'setAttribute':
        target.setAttribute(change.name, change.value);
        break;
      case 'replaceText':
        target.textContent = change.text;
        break;
    }
  }
}

/**
 * Nests `depth` elements inside `parent`, each appended to the one before it once that is in place (a whole
 * subtree attached at once makes the test DOM walk it recursively). Returns the innermost.
 */
export function nest(doc: Document, parent: Element, depth: number): Element {
  let inner = parent;
  for (let level = 0; level < depth; level++) {
    const next = doc.createElement(level % 7 === 0 ? 'blockquote' : 'div');
    if (level % 5 === 0) next.append(HOSTILE_PIECES[level % HOSTILE_PIECES.length] ?? '');
    inner.append(next);
    inner = next;
  }
  return inner;
}

/** About `count` nodes of mixed inline and block markup with hostile text, in sections of a thousand. */
export function fill(doc: Document, parent: Element, count: number): void {
  let section = parent;
  for (let made = 0; made < count; made += 4) {
    if (made % 1000 === 0) {
      section = doc.createElement('section');
      parent.append(section);
    }
    const block = doc.createElement(made % 12 === 0 ? 'p' : 'span');
    const inline = doc.createElement(made % 3 === 0 ? 'b' : 'a');
    inline.append(HOSTILE_PIECES[made % HOSTILE_PIECES.length] ?? '');
    block.append(inline, doc.createElement('br'));
    section.append(block);
  }
}

/** Paragraphs of hostile text, `bytes` characters in all (about 1 KB each), appended to `parent`. */
export function megabytesOfText(doc: Document, parent: Element, bytes: number): void {
  const unit = HOSTILE_PIECES.join(' ');
  const paragraph = unit.repeat(Math.ceil(1024 / unit.length)).slice(0, 1024);
  for (let written = 0; written < bytes; written += paragraph.length) {
    const element = doc.createElement('p');
    element.textContent = paragraph;
    parent.append(element);
  }
}
