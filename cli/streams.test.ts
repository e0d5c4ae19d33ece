import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ByteStream, decodeUtf8, peek, readMessage, splitLines } from './streams';

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function cutBytes(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const size of sizes) {
    if (start >= bytes.length) break;
    chunks.push(bytes.subarray(start, start + size));
    start += size;
  }
  if (start < bytes.length) chunks.push(bytes.subarray(start));
  return chunks;
}

const joined = async (stream: ByteStream) => Buffer.concat(await collect(stream));
const chunkSizes = fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 30 });

describe('peek', () => {
  it('returns the first bytes and a stream that still holds everything, however the input is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 60 }),
        chunkSizes,
        fc.nat(80),
        async (bytes, sizes, size) => {
          const peeked = await peek(from(cutBytes(bytes, sizes)), size);
          expect([...peeked.head]).toEqual([...bytes.subarray(0, size)]);
          expect([...(await joined(peeked.stream))]).toEqual([...bytes]);
        },
      ),
    );
  });
});

describe('decodeUtf8 and splitLines', () => {
  it('give the same lines for any cut of the bytes, multi-byte characters and CRLF included', async () => {
    const line = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'é', '€', '😀', ' ', '\r') });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), chunkSizes, async (lines, sizes) => {
        const text = lines.map((l) => `${l}\r\n`).join('');
        const bytes = new TextEncoder().encode(text);
        const expected = text === '' ? [] : text.split('\r\n').slice(0, -1);
        expect(await collect(splitLines(decodeUtf8(from(cutBytes(bytes, sizes)))))).toEqual(expected);
      }),
    );
  });

  it('yields a last line without a line break', async () => {
    expect(await collect(splitLines(from(['a\nb', 'c'])))).toEqual(['a', 'bc']);
  });
});

describe('readMessage', () => {
  it('joins the chunks into a buffer of its own', async () => {
    const bytes = await readMessage(from([Buffer.from('ab'), Buffer.from('cd')]), 10);
    expect(bytes && new TextDecoder().decode(bytes)).toBe('abcd');
    expect(bytes?.byteLength).toBe(4);
  });

  it('gives up once the input passes the limit, without reading the rest', async () => {
    let read = 0;
    async function* endless(): ByteStream {
      for (;;) {
        read += 1;
        yield new Uint8Array(100);
      }
    }
    expect(await readMessage(endless(), 1000)).toBeUndefined();
    expect(read).toBe(11);
  });
});
