/**
 * Finds the rejections in a mailbox export (a Google Takeout `.mbox`), read as a stream inside the browser with
 * the same splitter, MIME parser and detector as the command line. Only the message being read and one small
 * batch of findings are held, so memory stays flat however large the file; nothing leaves the machine.
 */
import { detect } from '@/detector';
import { parseSender } from '@/detector/sender';
import type { RejectionReport } from '@/messaging/protocol';
import { toReport } from '@/sites/pipeline';
import { createMboxSplitter, latin1ToBytes, type MboxEntry } from './mbox';
import { type ParsedMail, parseRawMessage, toMailInput } from './parse';

export interface BackfillProgress {
  bytesRead: number;
  totalBytes: number;
  /** Messages met so far, readable or not. */
  messages: number;
  /** Distinct rejections found so far. */
  rejections: number;
}

export interface BackfillResult extends BackfillProgress {
  /** Messages that could not be decoded or were too large, skipped. */
  unreadable: number;
  /** Rejections the background stored for the first time. */
  added: number;
  cancelled: boolean;
}

export interface BackfillOptions {
  /** The file's size, for the progress bar. */
  totalBytes: number;
  /** Hands a batch of found rejections to the background, which stores each once. */
  store(reports: RejectionReport[]): Promise<{ added: number }>;
  onProgress?(progress: BackfillProgress): void;
  /** Stops reading; what was found so far is still stored. */
  signal?: AbortSignal;
  batchSize?: number;
  now?(): number;
}

export const BACKFILL_SOURCE = 'mbox';
const DEFAULT_BATCH_SIZE = 50;
/** A browser may hand over a file in chunks of megabytes: progress is counted, and shown, per slice this size. */
const SLICE_BYTES = 64 * 1024;
/** Long enough to get work done, short enough that the page still paints its progress and hears "Stop". */
const YIELD_EVERY_MS = 50;
/** `String.fromCharCode` takes its bytes as arguments: stay well below any engine's argument limit. */
const DECODE_SLICE = 0x2000;

/** Bytes to text one byte per character (latin1), as `createMboxSplitter` expects; never windows-1252. */
export function bytesToLatin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += DECODE_SLICE) {
    text += String.fromCharCode(...bytes.subarray(start, start + DECODE_SLICE));
  }
  return text;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function receivedAt(parsed: ParsedMail): number | undefined {
  const at = parsed.date === undefined ? Number.NaN : Date.parse(parsed.date);
  return Number.isFinite(at) ? at : undefined;
}

/**
 * The report for one message of the mailbox, or undefined when it is not a rejection. Its key is `mbox:` and the
 * Message-ID, or a hash of the message when it has none, so the same message is stored once however often the
 * export is read.
 */
export async function reportFromRaw(raw: string, now: number): Promise<RejectionReport | undefined> {
  const bytes = latin1ToBytes(raw);
  const parsed = await parseRawMessage(bytes);
  const input = toMailInput(parsed);
  const verdict = detect(input);
  if (!verdict.rejection) return undefined;
  const sender = parseSender(parsed.from);
  const messageId = parsed.id ?? `sha256-${await sha256Hex(bytes)}`;
  return toReport(
    BACKFILL_SOURCE,
    {
      messageId,
      subject: parsed.subject,
      fromName: sender.name || undefined,
      fromEmail: sender.address || undefined,
      date: receivedAt(parsed),
      text: input.text,
    },
    verdict,
    now,
  );
}

/** Reads the whole stream (or until cancelled), storing every rejection found, in batches. */
export async function backfillMbox(
  stream: ReadableStream<Uint8Array>,
  options: BackfillOptions,
): Promise<BackfillResult> {
  const now = options.now ?? Date.now;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const splitter = createMboxSplitter();
  const seen = new Set<string>();
  const result: BackfillResult = {
    bytesRead: 0,
    totalBytes: options.totalBytes,
    messages: 0,
    rejections: 0,
    unreadable: 0,
    added: 0,
    cancelled: false,
  };
  let batch: RejectionReport[] = [];

  async function flush(): Promise<void> {
    if (batch.length === 0) return;
    const sending = batch;
    batch = [];
    result.added += (await options.store(sending)).added;
  }

  async function take(entries: readonly MboxEntry[]): Promise<void> {
    for (const entry of entries) {
      result.messages += 1;
      if ('error' in entry) {
        result.unreadable += 1;
        continue;
      }
      let report: RejectionReport | undefined;
      try {
        report = await reportFromRaw(entry.raw, now());
      } catch {
        result.unreadable += 1;
        continue;
      }
      if (!report || seen.has(report.key)) continue;
      seen.add(report.key);
      result.rejections += 1;
      batch.push(report);
      if (batch.length >= batchSize) await flush();
    }
  }

  const progress = () => {
    const { bytesRead, totalBytes, messages, rejections } = result;
    options.onProgress?.({ bytesRead, totalBytes, messages, rejections });
  };
  let lastBreath = Date.now();
  async function breathe(): Promise<void> {
    if (Date.now() - lastBreath < YIELD_EVERY_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    lastBreath = Date.now();
  }

  const reader = stream.getReader();
  // Cancelling the reader also ends a read still waiting for the next chunk.
  const stop = () => {
    reader.cancel().catch(() => undefined);
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    while (!options.signal?.aborted) {
      const { done, value } = await reader.read();
      if (options.signal?.aborted) break;
      if (done) {
        await take(splitter.end());
        break;
      }
      for (let start = 0; start < value.byteLength && !options.signal?.aborted; start += SLICE_BYTES) {
        const slice = value.subarray(start, start + SLICE_BYTES);
        await take(splitter.push(bytesToLatin1(slice)));
        result.bytesRead += slice.byteLength;
        progress();
        await breathe();
      }
    }
    result.cancelled = options.signal?.aborted ?? false;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    reader.releaseLock();
  }
  await flush();
  progress();
  return result;
}
