/**
 * Turns one input (a file or standard input) of a known format into mail records, one per message, in order.
 * A message that cannot be read becomes an error record naming where it sits, and reading goes on.
 */
import type { MailInput } from '../detector/types';
import {
  createMboxSplitter,
  DEFAULT_MAX_MESSAGE_LENGTH,
  latin1ToBytes,
  type MboxEntry,
  tooLargeMessage,
} from '../mail/mbox';
import { parseRawMessage, toMailInput } from '../mail/parse';
import type { MailFormat } from './formats';
import { parseJsonlLine } from './jsonl';
import { type ByteStream, decodeLatin1, decodeUtf8, readMessage, splitLines } from './streams';
import { parseTxtMessage } from './txt';

export type MailRecord = { id: string; input: MailInput } | { error: string };

async function rawRecord(raw: ArrayBuffer, fallbackId: string, where: string): Promise<MailRecord> {
  try {
    const parsed = await parseRawMessage(raw);
    return { id: parsed.id ?? fallbackId, input: toMailInput(parsed) };
  } catch (error) {
    return { error: `${where}: ${(error as Error).message}` };
  }
}

async function* readEml(stream: ByteStream, name: string): AsyncGenerator<MailRecord> {
  const bytes = await readMessage(stream, DEFAULT_MAX_MESSAGE_LENGTH);
  if (!bytes) {
    yield { error: `${name}: ${tooLargeMessage(DEFAULT_MAX_MESSAGE_LENGTH)}` };
    return;
  }
  yield await rawRecord(bytes, `${name}:1`, name);
}

async function* readTxt(stream: ByteStream, name: string): AsyncGenerator<MailRecord> {
  const bytes = await readMessage(stream, DEFAULT_MAX_MESSAGE_LENGTH);
  const text = bytes && new TextDecoder('utf-8').decode(bytes);
  if (text === undefined) yield { error: `${name}: ${tooLargeMessage(DEFAULT_MAX_MESSAGE_LENGTH)}` };
  else if (text.trim() === '') yield { error: `${name}: empty message` };
  else yield { id: `${name}:1`, input: parseTxtMessage(text) };
}

function mboxRecord(entry: MboxEntry, name: string): Promise<MailRecord> | MailRecord {
  const where = `${name}: message ${entry.index}`;
  if ('error' in entry) return { error: `${where}: ${entry.error}` };
  return rawRecord(latin1ToBytes(entry.raw), `${name}:${entry.index}`, where);
}

async function* readMbox(stream: ByteStream, name: string): AsyncGenerator<MailRecord> {
  const splitter = createMboxSplitter();
  for await (const text of decodeLatin1(stream)) {
    for (const entry of splitter.push(text)) yield await mboxRecord(entry, name);
  }
  for (const entry of splitter.end()) yield await mboxRecord(entry, name);
}

async function* readJsonl(stream: ByteStream, name: string): AsyncGenerator<MailRecord> {
  let number = 0;
  for await (const line of splitLines(decodeUtf8(stream))) {
    number += 1;
    if (line.trim() === '') continue;
    try {
      const { id, input } = parseJsonlLine(line);
      yield { id: id ?? `${name}:${number}`, input };
    } catch (error) {
      yield { error: `${name}:${number}: ${(error as Error).message}` };
    }
  }
}

const READERS: Record<MailFormat, (stream: ByteStream, name: string) => AsyncGenerator<MailRecord>> = {
  eml: readEml,
  txt: readTxt,
  mbox: readMbox,
  jsonl: readJsonl,
};

/** Errors of the stream itself (a file that cannot be opened, say) are thrown, not turned into records. */
export function readMessages(
  stream: ByteStream,
  format: MailFormat,
  name: string,
): AsyncGenerator<MailRecord> {
  return READERS[format](stream, name);
}
