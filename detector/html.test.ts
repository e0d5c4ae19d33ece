import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, decodeEntities, htmlToText } from './html';

/** Pieces of mail HTML where cutting and collapsing can go wrong: entities, runs of spaces, tags and quotes. */
const htmlPiece = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\n\n\n',
  '\t',
  '\u00a0',
  '\r',
  '\u2000',
  'a',
  'B',
  '&amp;',
  '&nbsp;',
  '&#10;',
  '&#x20;',
  '&',
  '&am',
  'p;',
  '#',
  ';',
  '<p>',
  '</p>',
  '<br>',
  '<td>',
  '<b>',
  '<',
  '>',
  '<!--',
  '-->',
  '<blockquote>',
  '</blockquote>',
  '<div class="gmail_quote">',
  '</div>',
  '&#x1F600;',
  '&eacute;',
);
const html = fc.array(htmlPiece, { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('htmlToText', () => {
  it('turns block tags into line breaks and decodes entities', () => {
    const text = htmlToText(
      '<p>Hi&nbsp;Sam,</p><p>We&rsquo;re sorry &amp; thankful.<br>Caf&eacute; &#252; &#x263A;</p>',
    );
    expect(text).toBe('Hi Sam,\n\nWe’re sorry & thankful.\nCafé ü ☺');
  });

  it('drops style, script and head contents', () => {
    const text = htmlToText(
      '<html><head><title>Mail</title><style>p { color: red } a < b</style></head><body><script>if (a < b) x()</script><p>Body</p></body></html>',
    );
    expect(text).toBe('Body');
  });

  it('drops blockquotes and Gmail quote containers, nested ones included', () => {
    const html =
      '<div>New reply</div><div class="gmail_quote"><div>On Mon Jane wrote:</div><div><div>Old rejection</div></div></div><p>After</p><blockquote><blockquote>x</blockquote>y</blockquote>';
    expect(htmlToText(html)).toBe('New reply\n\nAfter');
  });

  it('keeps text around comments and stray angle brackets', () => {
    expect(htmlToText('a <!-- hidden --> b 3 < 4')).toBe('a b 3 < 4');
  });

  it('leaves unknown entities as written', () => {
    expect(decodeEntities('&bogus; &amp; &#0;')).toBe('&bogus; & &#0;');
  });

  it('reads references only in their exact forms', () => {
    expect(decodeEntities('&#x1F600; &#X41; &#1234567; &#12345678; &#x; &#x1234567; &amp')).toBe(
      '😀 A &#1234567; &#12345678; &#x; &#x1234567; &amp',
    );
    expect(decodeEntities('&Auml;&eacute;&ccedil; &abcdefghijk; &abcdefghijkl;')).toBe(
      'Äéç &abcdefghijk; &abcdefghijkl;',
    );
  });

  it('collapses runs of spaces and line breaks as the text has always been collapsed', () => {
    const byReplacing = (text: string) =>
      text
        .replace(/[ \t\f\v\u00a0]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .replace(/\n{3,}/g, '\n\n');
    fc.assert(
      fc.property(html, (text) => {
        expect(collapseWhitespace(text)).toBe(byReplacing(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the start of the full text when cut to a length, however early it stops reading', () => {
    fc.assert(
      fc.property(html, fc.nat({ max: 90 }), (text, limit) => {
        expect(htmlToText(text, limit)).toBe(htmlToText(text).slice(0, limit));
      }),
      { numRuns: 1000 },
    );
    const long = '<p>Hello &amp; welcome,  dear reader.</p>\n'.repeat(20_000);
    expect(htmlToText(long, 1000)).toBe(htmlToText(long).slice(0, 1000));
  });

  it('stays fast on hostile bodies of runs, references, nested tags and unclosed brackets', () => {
    const megabyte = (unit: string) => unit.repeat(Math.ceil(2 ** 20 / unit.length));
    for (const unit of [
      'a  \n ',
      '&amp;&#x41;&',
      '<div><span><b>x</b></span></div>',
      '<a <b <',
      'If you are not ',
    ]) {
      const started = performance.now();
      htmlToText(megabyte(unit), 200_000);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('stays fast on a huge hostile body', () => {
    const hostile = '<div class="a">'.repeat(20_000) + '<script>'.repeat(5_000) + '<'.repeat(100_000);
    const started = performance.now();
    htmlToText(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('entity names that are object properties', () => {
  it('leaves &constructor; and &__proto__; as they are', () => {
    expect(htmlToText('<p>a &constructor; b &__proto__; c &toString; d</p>')).toBe(
      'a &constructor; b &__proto__; c &toString; d',
    );
  });
});
