import { describe, expect, it } from 'vitest';
import { detect } from '@/detector';
import type { RejectionReport } from '@/messaging/protocol';
import { loadCorpus } from '@/tests/corpus/corpus';
import { rawMessage } from '@/tests/unit/raw-mail';
import { type BackfillProgress, backfillMbox, bytesToLatin1, reportFromRaw } from './backfill';
import { toMboxrd } from './mbox-write';
import { parseRawMessage, toMailInput } from './parse';

const { items } = loadCorpus();
const rejectionItem = items.find((item) => item.id === 'en-rej-001');
const lookalikeItem = items.find((item) => item.id === 'en-look-001');
if (!rejectionItem || !lookalikeItem) throw new Error('corpus items missing');

const rejectionMail = (messageId?: string) =>
  rawMessage({
    from: rejectionItem.from,
    subject: rejectionItem.subject,
    text: rejectionItem.body,
    messageId,
  });
const otherMail = (messageId?: string) =>
  rawMessage({
    from: lookalikeItem.from,
    subject: lookalikeItem.subject,
    text: lookalikeItem.body,
    messageId,
  });

/** The mailbox as bytes, delivered in chunks of `size`; `pulled` counts the chunks handed out, `cancelled` tells. */
function chunkedStream(mbox: string, size: number) {
  const bytes = new TextEncoder().encode(mbox);
  const state = { pulled: 0, cancelled: false, total: bytes.length };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const start = state.pulled * size;
        if (start >= bytes.length) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.slice(start, start + size));
        state.pulled += 1;
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

function recorder() {
  const batches: RejectionReport[][] = [];
  const stored = new Set<string>();
  return {
    batches,
    async store(reports: RejectionReport[]) {
      batches.push(reports);
      let added = 0;
      for (const report of reports) {
        if (stored.has(report.key)) continue;
        stored.add(report.key);
        added += 1;
      }
      return { added };
    },
  };
}

describe('backfill from a mailbox export', () => {
  it('finds exactly the rejections the detector finds, each once, with what the plan needs', async () => {
    // Every fifth message of the corpus, from every file and language, and the one looked at closely below.
    const sample = [
      rejectionItem,
      ...items.filter((item, index) => index % 5 === 0 && item !== rejectionItem),
    ];
    const messages = sample.map((item, index) =>
      rawMessage({
        from: item.from,
        subject: item.subject,
        text: item.body,
        html: item.html,
        messageId: `${item.id}@corpus.test`,
        date: new Date(Date.UTC(2025, 0, 1 + (index % 28), 9)),
      }),
    );
    const expected: string[] = [];
    for (const [index, raw] of messages.entries()) {
      if (detect(toMailInput(await parseRawMessage(raw))).rejection)
        expected.push(`mbox:${sample[index]?.id}@corpus.test`);
    }
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(sample.length);

    // The same message twice, as in an export holding it under two labels: still one rejection.
    const mbox = toMboxrd([...messages, rejectionMail('en-rej-001@corpus.test')]);
    const { stream, state } = chunkedStream(mbox, 4096);
    const record = recorder();
    const result = await backfillMbox(stream, { totalBytes: state.total, store: record.store, now: () => 7 });

    const keys = record.batches.flat().map((report) => report.key);
    expect(keys.sort()).toEqual(expected.sort());
    expect(result).toMatchObject({
      messages: messages.length + 1,
      rejections: expected.length,
      added: expected.length,
      unreadable: 0,
      cancelled: false,
      bytesRead: state.total,
    });
    const northwind = record.batches.flat().find((report) => report.key === 'mbox:en-rej-001@corpus.test');
    expect(northwind).toMatchObject({
      source: 'mbox',
      messageId: 'en-rej-001@corpus.test',
      company: 'Northwind Analytics',
      role: 'Data Analyst II',
      fromEmail: 'talent@northwindanalytics.com',
      subject: 'Your application for Data Analyst II',
      receivedAt: Date.UTC(2025, 0, 1, 9),
    });
  });

  it('keys a message without a Message-ID by its content, the same on every reading', async () => {
    const first = await reportFromRaw(rejectionMail(), 1);
    const again = await reportFromRaw(rejectionMail(), 2);
    expect(first?.key).toMatch(/^mbox:sha256-[0-9a-f]{32}$/);
    expect(again?.key).toBe(first?.key);
    expect(await reportFromRaw(otherMail(), 1)).toBeUndefined();
  });

  it('reports progress as it reads and hands over batches before the end of the file', async () => {
    const messages = Array.from({ length: 40 }, (_, index) =>
      index % 4 === 0 ? rejectionMail(`no-${index}@test`) : otherMail(`other-${index}@test`),
    );
    const { stream, state } = chunkedStream(toMboxrd(messages), 2048);
    const progress: BackfillProgress[] = [];
    const pulledAtStore: number[] = [];
    const record = recorder();
    const result = await backfillMbox(stream, {
      totalBytes: state.total,
      batchSize: 3,
      store: (reports) => {
        pulledAtStore.push(state.pulled);
        return record.store(reports);
      },
      onProgress: (update) => progress.push(update),
    });

    expect(result).toMatchObject({ messages: 40, rejections: 10, added: 10 });
    expect(record.batches.map((batch) => batch.length)).toEqual([3, 3, 3, 1]);
    // Found rejections leave while the file is still being read: nothing piles up.
    expect(pulledAtStore[0]).toBeLessThan(state.pulled);
    const read = progress.map((update) => update.bytesRead);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({
      bytesRead: state.total,
      totalBytes: state.total,
      messages: 40,
      rejections: 10,
    });
    expect(progress.length).toBeGreaterThan(5);
  });

  it('moves its progress along even when the browser hands over the whole file at once', async () => {
    const messages = Array.from({ length: 400 }, (_, index) => otherMail(`other-${index}@test`));
    const bytes = new TextEncoder().encode(toMboxrd(messages));
    const read: number[] = [];
    const oneChunk = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    await backfillMbox(oneChunk, {
      totalBytes: bytes.length,
      store: recorder().store,
      onProgress: (update) => read.push(update.bytesRead),
    });
    expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);
    expect(read.filter((value) => value > 0 && value < bytes.length).length).toBeGreaterThanOrEqual(4);
  });

  it('stops when cancelled, keeping what was found so far and reading no further', async () => {
    const messages = Array.from({ length: 60 }, (_, index) => rejectionMail(`no-${index}@test`));
    const { stream, state } = chunkedStream(toMboxrd(messages), 1024);
    const controller = new AbortController();
    const record = recorder();
    const result = await backfillMbox(stream, {
      totalBytes: state.total,
      signal: controller.signal,
      store: record.store,
      onProgress: (update) => {
        if (update.rejections >= 5) controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(state.cancelled).toBe(true);
    expect(result.bytesRead).toBeLessThan(state.total);
    expect(result.rejections).toBeGreaterThanOrEqual(5);
    expect(result.rejections).toBeLessThan(60);
    expect(record.batches.flat()).toHaveLength(result.rejections);
    expect(result.added).toBe(result.rejections);
  });

  it('keeps 8-bit bodies intact whatever their charset, even when a chunk ends inside a character', async () => {
    const latin1Body =
      'Sehr geehrte Frau Müller,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n';
    const latin1Mail = [
      'From: Brandt & Söhne <bewerbung@brandt-soehne.de>',
      'Subject: Ihre Bewerbung',
      'Message-ID: <latin1@test>',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: 8bit',
      '',
      latin1Body,
    ].join('\n');
    const utf8Mail = latin1Mail.replace('iso-8859-1', 'utf-8').replace('<latin1@test>', '<utf8@test>');
    // The latin1 message is written byte for byte (one byte per character), the UTF-8 one as UTF-8.
    const latin1Bytes = Uint8Array.from(toMboxrd([latin1Mail]), (char) => char.charCodeAt(0));
    const utf8Bytes = new TextEncoder().encode(toMboxrd([utf8Mail]));
    const all = new Uint8Array([...latin1Bytes, ...utf8Bytes]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let start = 0; start < all.length; start += 7) controller.enqueue(all.slice(start, start + 7));
        controller.close();
      },
    });
    const record = recorder();
    const result = await backfillMbox(stream, { totalBytes: all.length, store: record.store });
    expect(result.messages).toBe(2);
    expect(result.unreadable).toBe(0);
    const reports = record.batches.flat();
    expect(reports.map((report) => report.key).sort()).toEqual(['mbox:latin1@test', 'mbox:utf8@test']);
    for (const report of reports) expect(report.excerpt).toContain('für eine andere Bewerberin');
  });

  it('decodes every byte value to the character of the same code, beyond one slice', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, index) => index % 256);
    const text = bytesToLatin1(bytes);
    expect(text).toHaveLength(bytes.length);
    expect(Array.from(text, (char) => char.charCodeAt(0))).toEqual([...bytes]);
  });

  it('counts what is not a mail message as unreadable and finds nothing in it', async () => {
    const junk = new TextEncoder().encode('\u0000\u0001binary\u0002'.repeat(100));
    const record = recorder();
    const result = await backfillMbox(new Blob([junk]).stream(), {
      totalBytes: junk.length,
      store: record.store,
    });
    expect(result).toMatchObject({ messages: 1, unreadable: 1, rejections: 0 });
    expect(record.batches).toEqual([]);
  });
});
