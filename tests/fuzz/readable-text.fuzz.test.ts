// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableText } from '@/sites/text';
import {
  build,
  fill,
  hostileText,
  MARKUP_AS_TEXT,
  megabytesOfText,
  type NodeSpec,
  nest,
  nodeSpec,
} from './hostile-dom';

/** Never among the generated text, so finding it in the output can only mean it leaked. */
const SECRET = '⟦hidden-5b1f⟧';

/** Every way a page hides part of itself from a reader. */
const HIDERS: NodeSpec[] = [
  ...['script', 'style', 'template', 'noscript', 'select', 'svg', 'iframe', 'title'].map((tag) => ({
    tag,
    attributes: [] as [string, string][],
    children: [],
  })),
  { tag: 'div', attributes: [['hidden', '']], children: [] },
  { tag: 'span', attributes: [['aria-hidden', 'true']], children: [] },
  { tag: 'p', attributes: [['style', 'color:red; display : none']], children: [] },
  { tag: 'td', attributes: [['style', 'VISIBILITY:hidden']], children: [] },
];

function rootOf(children: NodeSpec[]): Element {
  return build(document, { tag: 'div', attributes: [], children }) as Element;
}

/** Puts `child` inside the element `path` leads to (each number picks a child element, wrapping around). */
function insertAlong(root: Element, path: readonly number[], child: Node): void {
  let parent = root;
  for (const step of path) {
    const next = parent.children[step % Math.max(1, parent.children.length)];
    if (!next) break;
    parent = next;
  }
  parent.append(child);
}

function expectTidy(text: string): void {
  expect(text).toBe(text.trim());
  for (const line of text.split('\n')) expect(line).toBe(line.trim());
  expect(text).not.toMatch(/ {2}|\n{3}/);
}

describe('readableText on hostile markup', () => {
  it('returns tidy text for any markup: trimmed lines, single spaces, at most one blank line', () => {
    fc.assert(
      fc.property(fc.array(nodeSpec, { maxLength: 6 }), (children) => {
        expectTidy(readableText(rootOf(children)));
      }),
      { numRuns: 150 },
    );
  });

  it('never reads hidden parts, and always reads visible text as text, markup and all', () => {
    fc.assert(
      fc.property(
        fc.array(nodeSpec, { maxLength: 5 }),
        fc.constantFrom(...HIDERS),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat(),
        hostileText(4),
        (children, hider, hiddenPath, visibleAt, hiddenText) => {
          const root = rootOf(children);
          const hidden = build(document, hider) as Element;
          hidden.append(hiddenText, SECRET, hiddenText);
          insertAlong(root, hiddenPath, hidden);
          root.insertBefore(
            document.createTextNode(MARKUP_AS_TEXT),
            root.childNodes[visibleAt % (root.childNodes.length + 1)] ?? null,
          );

          const text = readableText(root);
          expect(text).not.toContain(SECRET);
          expect(text).toContain(MARKUP_AS_TEXT);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never returns more than the length asked for', () => {
    fc.assert(
      fc.property(fc.array(nodeSpec, { maxLength: 6 }), fc.nat(300), (children, maxLength) => {
        expect(readableText(rootOf(children), maxLength).length).toBeLessThanOrEqual(maxLength);
      }),
      { numRuns: 150 },
    );
  });

  it('walks 10,000 levels of nesting', () => {
    const root = document.createElement('div');
    nest(document, root, 10_000).append('deep down');
    const text = readableText(root);
    expect(text.endsWith('deep down')).toBe(true);
    expectTidy(text);
  });

  it('caps what it reads from 100,000 nodes and from 5 MB of text', () => {
    const huge = document.createElement('div');
    fill(document, huge, 100_000);
    expect(readableText(huge, 50_000).length).toBeLessThanOrEqual(50_000);

    const long = document.createElement('div');
    megabytesOfText(document, long, 5 * 1024 * 1024);
    const text = readableText(long, 50_000);
    expect(text.length).toBeLessThanOrEqual(50_000);
    expect(text.length).toBeGreaterThan(40_000);
  });
});
