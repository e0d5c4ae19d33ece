/**
 * Incremental mbox (mboxrd) splitter. Text goes in as chunks of any size, cut anywhere; raw messages come out as
 * soon as the next `From ` separator line shows they are complete. Only the message being read is held, so memory
 * stays flat however large the mailbox, and a message over the size cap is dropped as it streams past.
 *
 * Feed it text decoded one byte per character (latin1) so 8-bit bodies in any charset survive the split intact,
 * then hand each message to `parseRawMessage` as bytes (`latin1ToBytes`): the message's own headers say how to
 * decode it.
 */

/** One message out of the mailbox, numbered from 1 in file order. */
export type MboxEntry = { index: number; raw: string } | { index: number; error: string };

export interface MboxSplitter {
  /** Takes the next chunk; returns the entries it completed, in order. */
  push(chunk: string): MboxEntry[];
  /** Marks the end of input; returns the last entry, if any. */
  end(): MboxEntry[];
}

export interface MboxOptions {
  /** A message longer than this (in characters, i.e. bytes for latin1 input) is skipped with an error. */
  maxMessageLength?: number;
}

export const DEFAULT_MAX_MESSAGE_LENGTH = 25 * 1024 * 1024;

const SEPARATOR = 'From ';
/** mboxrd escapes a body line `>*From ` by adding one `>`; reading removes it. */
const ESCAPED_FROM = /^>+From /;

export function createMboxSplitter(options: MboxOptions = {}): MboxSplitter {
  const maxLength = options.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH;
  /** Number of the message being read. */
  let index = 1;
  /** Before the first separator: content there is a message only if it is more than blank lines. */
  let preamble = true;
  /** Set once the current message passed the cap: its lines are dropped until the next separator. */
  let skipping = false;
  let lines: string[] = [];
  let length = 0;
  /** The unfinished last line of the input so far. While skipping only its start matters, so it is cut short. */
  let carry = '';

  /** Emits the current message; returns whether it took a message number. */
  function finish(out: MboxEntry[]): boolean {
    const blank = preamble && !skipping && lines.every((line) => line.trim() === '');
    if (!skipping && !blank) {
      // The blank line before a separator belongs to the mbox framing, not to the message.
      const last = lines[lines.length - 1];
      if (last === '\n' || last === '\r\n') lines.pop();
      out.push({ index, raw: lines.join('') });
    }
    lines = [];
    length = 0;
    skipping = false;
    preamble = false;
    return !blank;
  }

  function overflow(out: MboxEntry[]): void {
    out.push({ index, error: tooLargeMessage(maxLength) });
    skipping = true;
    lines = [];
    length = 0;
    carry = carry.slice(0, SEPARATOR.length);
  }

  /** `line` includes its line break, except for the last line of the input. */
  function takeLine(line: string, out: MboxEntry[]): void {
    if (line.startsWith(SEPARATOR)) {
      if (finish(out)) index += 1;
      return;
    }
    if (skipping) return;
    const text = ESCAPED_FROM.test(line) ? line.slice(1) : line;
    lines.push(text);
    length += text.length;
    if (length > maxLength) overflow(out);
  }

  return {
    push(chunk) {
      const out: MboxEntry[] = [];
      let start = 0;
      let newline = chunk.indexOf('\n');
      if (newline !== -1 && carry !== '') {
        takeLine(carry + chunk.slice(0, newline + 1), out);
        carry = '';
        start = newline + 1;
        newline = chunk.indexOf('\n', start);
      }
      while (newline !== -1) {
        takeLine(chunk.slice(start, newline + 1), out);
        start = newline + 1;
        newline = chunk.indexOf('\n', start);
      }
      carry += chunk.slice(start);
      // Keep the unfinished line bounded: a separator's text is discarded anyway, and a body line that already
      // overflows the cap (counting the one `>` unescaping may still remove) need not wait for its end.
      if (carry.startsWith(SEPARATOR)) carry = SEPARATOR;
      else if (skipping) carry = carry.slice(0, SEPARATOR.length);
      else if (length + carry.length - 1 > maxLength && !SEPARATOR.startsWith(carry)) overflow(out);
      return out;
    },
    end() {
      const out: MboxEntry[] = [];
      if (carry !== '') takeLine(carry, out);
      carry = '';
      finish(out);
      return out;
    },
  };
}

/** Why a message was left out, for the user: the cap in the unit people think of mail sizes in. */
export function tooLargeMessage(limit: number): string {
  const mb = limit / (1024 * 1024);
  const size = mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${limit} bytes`;
  return `message is larger than the ${size} limit; skipped`;
}

/** The bytes of a string decoded one byte per character (latin1), for `parseRawMessage`. */
export function latin1ToBytes(text: string): ArrayBuffer {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}
