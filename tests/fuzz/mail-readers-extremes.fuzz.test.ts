// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fill, megabytesOfText, nest } from './hostile-dom';
import { expectWellFormed, MAIL_SITES, type MailSite } from './mail-sites';

/** The saved page with one message open, and that message's body. */
function openPage(site: MailSite): { doc: Document; body: Element } {
  const doc = site.load(site.open.page);
  const body = doc.querySelector(site.open.body);
  if (!body) throw new Error(`no message body in ${site.open.page}`);
  return { doc, body };
}

/** Reads `doc` and checks the open message was read, its own words capped near the limit. */
function expectCappedRead(site: MailSite, doc: Document): void {
  const read = site.read(doc);
  expectWellFormed(site, read);
  const [first] = read.messages;
  expect(site.ownWords(first?.text ?? '').length).toBeGreaterThan(site.maxTextLength * 0.9);
}

let huge: Element | undefined;

/** 100,000 nodes of hostile markup, made once: each page takes it in turn from the one before. */
function hugeContent(): Element {
  if (!huge) {
    huge = document.createElement('div');
    fill(document, huge, 100_000);
  }
  return huge;
}

describe.each(MAIL_SITES)('the $name reader on extreme pages', (site) => {
  it('caps a message body of 100,000 nodes', () => {
    const { doc, body } = openPage(site);
    body.append(hugeContent());
    expectCappedRead(site, doc);
  });

  it('caps a message body of 5 MB', () => {
    const { doc, body } = openPage(site);
    megabytesOfText(doc, body, 5 * 1024 * 1024);
    expectCappedRead(site, doc);
  });

  it('reads a message body nested 1,500 levels deep', () => {
    // Three times what Chromium's HTML parser allows (512), so no mail body gets deeper; the test DOM's own
    // deep copy, which the readers make of a body, recurses and runs out of stack not far beyond.
    const { doc, body } = openPage(site);
    const plain = site.read(openPage(site).doc);
    nest(doc, body, 1500).append('We have decided to move forward with other candidates.');
    const read = site.read(doc);
    expectWellFormed(site, read);
    expect(read.messages.map((message) => message.messageId)).toEqual(
      plain.messages.map((message) => message.messageId),
    );
  });

  it('reads the same messages from a page nested 2,500 levels deep around them', () => {
    // The test DOM's querySelector recurses per level and runs out of stack at about 4,000.
    const { doc } = openPage(site);
    const plain = site.read(openPage(site).doc);
    const content = Array.from(doc.body.childNodes);
    nest(doc, doc.body, 2500).append(...content);
    expect(site.read(doc)).toEqual(plain);
  });
});
