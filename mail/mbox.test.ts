import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMboxSplitter, latin1ToBytes, type MboxEntry, type MboxOptions } from './mbox';
import { toMboxrd } from './mbox-write';

function splitAll(chunks: readonly string[], options?: MboxOptions): MboxEntry[] {
  const splitter = createMboxSplitter(options);
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

/** Cuts `text` at the given positions (any order, duplicates allowed, so empty chunks occur too). */
function cut(text: string, positions: readonly number[]): string[] {
  const points = [...positions.map((p) => p % (text.length + 1))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let start = 0;
  for (const point of points) {
    chunks.push(text.slice(start, point));
    start = point;
  }
  chunks.push(text.slice(start));
  return chunks;
}

const raws = (entries: MboxEntry[]) => entries.map((entry) => ('raw' in entry ? entry.raw : entry.error));

describe('createMboxSplitter', () => {
  it('splits on From lines and drops the blank framing line before each separator', () => {
    const mbox =
      'From alice@example.com Mon Jan  5 09:00:00 2026\nSubject: one\n\nFirst body\n\n' +
      'From bob@example.com Mon Jan  5 10:00:00 2026\nSubject: two\n\nSecond body\n';
    expect(splitAll([mbox])).toEqual([
      { index: 1, raw: 'Subject: one\n\nFirst body\n' },
      { index: 2, raw: 'Subject: two\n\nSecond body\n' },
    ]);
  });

  it('keeps CRLF line breaks as they are', () => {
    const mbox =
      'From a Mon Jan  5 09:00:00 2026\r\nSubject: one\r\n\r\nBody\r\n\r\nFrom b x\r\nSubject: two\r\n';
    expect(raws(splitAll([mbox]))).toEqual(['Subject: one\r\n\r\nBody\r\n', 'Subject: two\r\n']);
  });

  it('treats From only at the start of a line as a separator and unescapes >From lines', () => {
    const mbox =
      'From a x\nSubject: s\n\nsaid: From now on\n From the top\n>From here\n>>From there\n>not from\nFromage\n';
    expect(raws(splitAll([mbox]))).toEqual([
      'Subject: s\n\nsaid: From now on\n From the top\nFrom here\n>From there\n>not from\nFromage\n',
    ]);
  });

  it('skips blank lines before the first separator but keeps other leading text as a message', () => {
    expect(raws(splitAll(['\n\r\n  \nFrom a x\nSubject: s\n']))).toEqual(['Subject: s\n']);
    expect(splitAll(['Subject: no separator\n\nbody\nFrom a x\nSubject: s\n'])).toEqual([
      { index: 1, raw: 'Subject: no separator\n\nbody\n' },
      { index: 2, raw: 'Subject: s\n' },
    ]);
  });

  it('returns nothing for empty input and an empty message for a bare separator', () => {
    expect(splitAll([''])).toEqual([]);
    expect(splitAll(['From a x\n'])).toEqual([{ index: 1, raw: '' }]);
  });

  it('reports a message over the cap, keeps numbering, and carries on with the next one', () => {
    const big = `Subject: big\n\n${'x'.repeat(500)}\n`;
    const entries = splitAll([toMboxrd(['Subject: a\n', big, 'Subject: c\n'])], { maxMessageLength: 100 });
    expect(entries).toEqual([
      { index: 1, raw: 'Subject: a\n' },
      { index: 2, error: expect.stringContaining('larger than the 100 bytes limit') },
      { index: 3, raw: 'Subject: c\n' },
    ]);
  });

  it('reports an oversized message while it streams in, not at its end, even inside one endless line', () => {
    const splitter = createMboxSplitter({ maxMessageLength: 1000 });
    expect(splitter.push('From a x\nSubject: s\n\n')).toEqual([]);
    const reports = Array.from({ length: 50 }, () => splitter.push('y'.repeat(100)));
    expect(reports.flat()).toEqual([{ index: 1, error: expect.stringContaining('limit') }]);
    expect(reports.findIndex((found) => found.length > 0)).toBeLessThan(11);
    expect(splitter.push('\nFrom b x\nSubject: next\n')).toEqual([]);
    expect(splitter.end()).toEqual([{ index: 2, raw: 'Subject: next\n' }]);
  });

  it('states the default cap in megabytes', () => {
    const splitter = createMboxSplitter();
    splitter.push('From a x\n');
    const [entry] = splitter.push('z'.repeat(25 * 1024 * 1024 + 10));
    expect(entry).toEqual({ index: 1, error: 'message is larger than the 25 MB limit; skipped' });
  });

  const line = fc.oneof(
    fc.constantFrom('From x y', '>From x', '>>From y', 'From', ' From z', 'Fro', '', '>', 'Subject: hi'),
    fc.string({
      maxLength: 30,
      unit: fc.constantFrom('a', 'F', 'r', 'o', 'm', ' ', '>', '\r', 'é', '\u2028'),
    }),
  );
  const message = fc
    .tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
    .map(([lines, newline]) => lines.map((text) => text + newline).join(''));
  const positions = fc.array(fc.nat(), { maxLength: 40 });

  it('gives back exactly the messages an mboxrd writer put in', () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 6 }), (messages) => {
        expect(raws(splitAll([toMboxrd(messages)]))).toEqual(messages);
      }),
    );
  });

  it('yields the same entries however the input is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(message, { maxLength: 6 }),
        positions,
        fc.integer({ min: 10, max: 200 }),
        (messages, cuts, cap) => {
          const mbox = toMboxrd(messages);
          const options = { maxMessageLength: cap };
          expect(splitAll(cut(mbox, cuts), options)).toEqual(splitAll([mbox], options));
        },
      ),
    );
  });

  it('yields the same entries for any text cut anywhere, mbox-shaped or not', () => {
    const token = fc.constantFrom(
      'From ',
      '>From ',
      '>>From ',
      'Fro',
      'm',
      '>',
      '\n',
      '\r\n',
      'x',
      'xxxxxxxx',
      ' ',
    );
    const text = fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(text, positions, fc.integer({ min: 1, max: 40 }), (input, cuts, cap) => {
        const options = { maxMessageLength: cap };
        expect(splitAll(cut(input, cuts), options)).toEqual(splitAll([input], options));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('latin1ToBytes', () => {
  it('turns each character back into the byte it was decoded from', () => {
    expect([...new Uint8Array(latin1ToBytes('A\u00e9\u00ff\u0000'))]).toEqual([0x41, 0xe9, 0xff, 0x00]);
  });
});
