/**
 * Mailbox reading benchmark: a generated 1,000-message mbox, as a Takeout export would hold it, split and parsed
 * the way the CLI and the mailbox backfill read one.
 */

import { detect } from '../detector/index';
import { createMboxSplitter, latin1ToBytes } from '../mail/mbox';
import { toMboxrd } from '../mail/mbox-write';
import { parseRawMessage, toMailInput } from '../mail/parse';
import type { CorpusItem } from '../tests/corpus/corpus';
import { loadCorpus } from '../tests/corpus/corpus';
import { msPerCall } from './measure';
import { fixed, printTable, size } from './table';

const MESSAGES = 1000;
/** What `fs.createReadStream` hands over at a time. */
const CHUNK = 64 * 1024;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');

/** One RFC 822 message for a corpus item, in one of three common shapes. */
function rawMessage(item: CorpusItem, n: number): string {
  const headers = [
    `From: ${item.from}`,
    'To: sam@example.com',
    `Subject: ${item.subject}`,
    `Message-ID: <bench-${n}@example.com>`,
    `Date: ${new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toUTCString()}`,
    'MIME-Version: 1.0',
  ];
  const text = item.body ?? '';
  const html = item.html ?? `<p>${text.replace(/\n\n/g, '</p><p>').replace(/\n/g, '<br>')}</p>`;
  const shape = n % 3;
  if (shape === 0 && text) {
    headers.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
    return `${headers.join('\r\n')}\r\n\r\n${text.replace(/\n/g, '\r\n')}\r\n`;
  }
  if (shape === 1 && text) {
    headers.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64');
    return `${headers.join('\r\n')}\r\n\r\n${base64(text)}\r\n`;
  }
  const boundary = `b-${n}`;
  headers.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  const parts = [
    ...(text ? [`Content-Type: text/plain; charset=utf-8\r\n\r\n${text.replace(/\n/g, '\r\n')}`] : []),
    `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(html)}`,
  ];
  return `${headers.join('\r\n')}\r\n\r\n${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`;
}

/** The mbox as latin1 text (one character per byte), the way the CLI reads it. */
function generateMbox(items: readonly CorpusItem[]): string {
  const messages = Array.from({ length: MESSAGES }, (_, n) =>
    rawMessage(items[n % items.length] as CorpusItem, n),
  );
  return Buffer.from(toMboxrd(messages), 'utf8').toString('latin1');
}

function* chunks(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += CHUNK) yield text.slice(start, start + CHUNK);
}

function split(mbox: string): string[] {
  const splitter = createMboxSplitter();
  const raws: string[] = [];
  for (const chunk of chunks(mbox)) {
    for (const entry of splitter.push(chunk)) if ('raw' in entry) raws.push(entry.raw);
  }
  for (const entry of splitter.end()) if ('raw' in entry) raws.push(entry.raw);
  return raws;
}

async function splitAndParse(mbox: string, classify: boolean): Promise<number> {
  let parsed = 0;
  for (const raw of split(mbox)) {
    const mail = await parseRawMessage(latin1ToBytes(raw));
    if (classify) detect(toMailInput(mail));
    parsed += 1;
  }
  return parsed;
}

export async function benchMbox(): Promise<void> {
  const mbox = generateMbox(loadCorpus().items);
  const count = split(mbox).length;
  if (count !== MESSAGES || (await splitAndParse(mbox, false)) !== MESSAGES) {
    throw new Error(`the generated mbox read back as ${count} messages, not ${MESSAGES}`);
  }
  const megabytes = mbox.length / 1024 / 1024;
  const rows: string[][] = [];
  for (const [name, run] of [
    ['split', () => split(mbox)],
    ['split + parse', () => splitAndParse(mbox, false)],
    ['split + parse + detect', () => splitAndParse(mbox, true)],
  ] as const) {
    const ms = await msPerCall(run, { rounds: 3 });
    rows.push([name, fixed(megabytes / (ms / 1000), 1), fixed(MESSAGES / (ms / 1000), 0), fixed(ms, 1)]);
  }
  printTable(
    `mbox reading: ${MESSAGES.toLocaleString('en-US')} messages, ${size(mbox.length)}, ${size(CHUNK)} chunks`,
    ['stage', 'MB/s', 'messages/s', 'ms total'],
    rows,
  );
}
