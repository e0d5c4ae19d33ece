import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html';

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

  it('stays fast on a huge hostile body', () => {
    const hostile = '<div class="a">'.repeat(20_000) + '<script>'.repeat(5_000) + '<'.repeat(100_000);
    const started = performance.now();
    htmlToText(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
