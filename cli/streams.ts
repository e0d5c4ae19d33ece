/** Byte-stream helpers for the classify CLI: peeking at the start, decoding, splitting lines, reading whole. */

export type ByteStream = AsyncIterable<Uint8Array>;

/** Reads the first `size` bytes (fewer at the end of input) and returns them with a stream that still has all. */
export async function peek(
  stream: ByteStream,
  size: number,
): Promise<{ head: Uint8Array; stream: ByteStream }> {
  const iterator = stream[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
  }
  async function* replay(): ByteStream {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(seen).subarray(0, size), stream: replay() };
}

/** Decodes UTF-8 across chunk boundaries; a character cut in two comes out whole. */
export async function* decodeUtf8(stream: ByteStream): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** One character per byte, so raw mail bytes in any charset pass through unchanged. */
export async function* decodeLatin1(stream: ByteStream): AsyncGenerator<string> {
  for await (const chunk of stream)
    yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1');
}

/** Yields the lines of a text stream without their `\n` or `\r\n`. */
export async function* splitLines(texts: AsyncIterable<string>): AsyncGenerator<string> {
  const trim = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  let carry = '';
  for await (const text of texts) {
    const last = text.lastIndexOf('\n');
    if (last === -1) {
      carry += text;
      continue;
    }
    const lines = (carry + text.slice(0, last)).split('\n');
    carry = text.slice(last + 1);
    for (const line of lines) yield trim(line);
  }
  if (carry) yield trim(carry);
}

/** Reads a whole message; undefined once it is longer than `limit` bytes, so a huge input is never all held. */
export async function readMessage(stream: ByteStream, limit: number): Promise<ArrayBuffer | undefined> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.length;
    if (length > limit) return undefined;
    chunks.push(chunk);
  }
  // A fresh buffer of its own: Node's small Buffers are views into a shared pool.
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes.buffer;
}
