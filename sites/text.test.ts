// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { inertCopy, readableText } from './text';

/** Markup under test, parsed into a detached element (test markup only, never mail content in product code). */
function html(markup: string): Element {
  const element = document.createElement('div');
  element.innerHTML = markup;
  return element;
}

describe('readableText', () => {
  test('puts block elements on their own lines and keeps inline ones together', () => {
    expect(
      readableText(html('<div>Hi <b>Jane</b>,</div><div>Thanks for <a href="#">applying</a>.</div>')),
    ).toBe('Hi Jane,\nThanks for applying.');
  });

  test('reads <br> as a line break, an empty line as a blank line, and ignores a trailing <br>', () => {
    expect(readableText(html('a<br>b'))).toBe('a\nb');
    expect(readableText(html('<div>Hi,</div><div><br></div><div>Thanks</div>'))).toBe('Hi,\n\nThanks');
    expect(readableText(html('<div>one<br></div><div>two</div>'))).toBe('one\ntwo');
  });

  test('sets paragraphs and headings apart by a blank line, never more', () => {
    expect(
      readableText(html('<h1>Update</h1><p>First.</p><p>Second.</p><br><br><br><br><p>Third.</p>')),
    ).toBe('Update\n\nFirst.\n\nSecond.\n\nThird.');
  });

  test('collapses source whitespace, non-breaking spaces and zero-width fillers', () => {
    expect(
      readableText(html('<p>\n   Thank\u00a0you  for\n applying\u200c\u200b </p>\n\n  <p> Bye </p>')),
    ).toBe('Thank you for applying\n\nBye');
  });

  test('skips scripts, styles and hidden parts', () => {
    const markup = [
      '<style>.x{color:red}</style><script>alert(1)</script>',
      '<div style="display: none; max-height:0">Preview text</div>',
      '<span style="visibility:hidden">ghost</span><p hidden>hidden</p><span aria-hidden="true">decor</span>',
      '<p>Visible</p>',
    ].join('');
    expect(readableText(html(markup))).toBe('Visible');
  });

  test('keeps table cells of a row on one line', () => {
    const markup =
      '<table><tr><td>Role</td><td>Analyst</td></tr><tr><td>Status</td><td>Closed</td></tr></table>';
    expect(readableText(html(markup))).toBe('Role Analyst\nStatus Closed');
  });

  test('keeps the line breaks of preformatted text', () => {
    expect(readableText(html('<pre>line one\nline   two</pre>after'))).toBe('line one\nline two\nafter');
  });

  test('reads images as their alt text, so emoji images read as emoji', () => {
    expect(readableText(html('Hi <img alt="👋" data-emoji="👋"> there<img src="pixel.gif" alt="">'))).toBe(
      'Hi 👋 there',
    );
  });

  test('walks very deep markup without running out of stack', () => {
    const root = document.createElement('div');
    let parent: Element = root;
    for (let depth = 0; depth < 20_000; depth++) {
      const child = document.createElement('span');
      parent.append(child);
      parent = child;
    }
    parent.append('deep down');
    expect(readableText(root)).toBe('deep down');
  });

  test('stops at maxLength on huge markup', () => {
    const root = document.createElement('div');
    for (let i = 0; i < 50_000; i++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Paragraph ${i}`;
      root.append(paragraph);
    }
    const text = readableText(root, 1000);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text.startsWith('Paragraph 0\n\nParagraph 1\n\n')).toBe(true);
  });
});

describe('readableText leaving elements out', () => {
  test('reads as if they were removed, changing nothing', () => {
    const markup =
      '<p>Thanks for applying.</p><blockquote>On Monday you wrote: <b>hello</b></blockquote><p>Best, Priya</p>';
    const element = html(markup);
    const quote = element.querySelector('blockquote') as Element;
    const removed = html(markup);
    removed.querySelector('blockquote')?.remove();
    expect(readableText(element, Number.POSITIVE_INFINITY, new Set([quote]))).toBe(readableText(removed));
    expect(readableText(removed)).toBe('Thanks for applying.\n\nBest, Priya');
    expect(element.innerHTML).toBe(markup);
    expect(readableText(element)).toContain('you wrote: hello');
  });
});

describe('inertCopy', () => {
  test('copies an element into a document without a window, the same one for every copy from a page', () => {
    const body = html('Hello <img src="x.png" alt="👋"><blockquote>old</blockquote>');
    document.body.append(body);
    const first = inertCopy(body);
    const second = inertCopy(body);
    expect(first.ownerDocument).not.toBe(document);
    expect(first.ownerDocument.defaultView).toBeNull();
    expect(second.ownerDocument).toBe(first.ownerDocument);
    first.querySelector('blockquote')?.remove();
    expect(readableText(first)).toBe('Hello 👋');
    // The page's own markup is untouched.
    expect(body.querySelector('blockquote')?.textContent).toBe('old');
  });
});
