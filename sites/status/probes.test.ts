// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { listAround, parseDateTime, rowsAround, statusWords, text } from './probes';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
}

const row = (html: string) => page(`<div class="row">${html}</div>`).querySelector('.row') as Element;

describe('statusWords', () => {
  test('finds the label that is a status as a whole, icons and all', () => {
    expect(
      statusWords.read(row('<a href="/job/1">Applied Scientist</a><span><svg></svg> In Review </span>')),
    ).toBe('In Review');
  });

  test('prefers a decision over another status word in the same row', () => {
    expect(
      statusWords.read(
        row('<span>Applied on Mar 5</span><p>Marketing Lead</p><span>Not selected <b>by employer</b></span>'),
      ),
    ).toBe('Not selected by employer');
  });

  test('ignores the choices of a status menu and hidden text', () => {
    const menu =
      '<ul role="menu"><li role="menuitem">Interviewing</li><li role="menuitem">Not selected</li></ul>';
    expect(statusWords.read(row(`<span>Applied</span><button>Update status</button>${menu}`))).toBe(
      'Applied',
    );
    expect(statusWords.read(row('<span hidden>Rejected</span><span>Application viewed</span>'))).toBe(
      'Application viewed',
    );
    expect(statusWords.read(row(`<span>Product Manager</span>${menu}`))).toBeUndefined();
  });
});

describe('rows and lists around job links', () => {
  const doc = page(`
    <nav><ul><li><a href="/home">Home</a></li></ul></nav>
    <ul id="apps">
      <li><a href="/job/1">Designer</a><span>Applied</span></li>
      <li><h3><a href="/job/2">Analyst</a></h3><a href="/job/2">View job</a></li>
    </ul>`);

  test('one row per application, however many links it has', () => {
    const list = listAround('a[href*="/job/"]').read(doc);
    expect(list?.id).toBe('apps');
    expect(
      rowsAround('a[href*="/job/"]')
        .read(list as Element)
        ?.map((each) => each.textContent),
    ).toEqual(['DesignerApplied', 'AnalystView job']);
  });

  test('nothing when there is no such link', () => {
    expect(listAround('a[href*="/cmp/"]').read(doc)).toBeUndefined();
    expect(rowsAround('a[href*="/cmp/"]').read(doc.body)).toBeUndefined();
  });
});

test('text reads one tidy line, and empty text counts as missing', () => {
  const scope = row('<h3>  Senior\n  Product <i>Designer</i> </h3><span class="empty"> </span>');
  expect(text('h3').read(scope)).toBe('Senior Product Designer');
  expect(text('.empty').read(scope)).toBeUndefined();
  expect(text('.absent').read(scope)).toBeUndefined();
});

test('machine-readable dates become times; anything else is missing', () => {
  expect(parseDateTime('2024-03-05')).toBe(Date.UTC(2024, 2, 5));
  expect(parseDateTime('last Tuesday')).toBeUndefined();
});
