import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toMboxrd } from '../mail/mbox-write';
import type { MailFormat } from './formats';
import { type MailRecord, readMessages } from './read';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

async function* bytesOf(...texts: string[]): AsyncGenerator<Uint8Array> {
  for (const text of texts) yield Buffer.from(text, 'latin1');
}

async function read(
  stream: AsyncIterable<Uint8Array>,
  format: MailFormat,
  name = 'in',
): Promise<MailRecord[]> {
  const records: MailRecord[] = [];
  for await (const record of readMessages(stream, format, name)) records.push(record);
  return records;
}

const readFixture = (name: string, format: MailFormat) => read(createReadStream(fixture(name)), format, name);

describe('readMessages', () => {
  it('reads a quoted-printable .eml with its Message-ID', async () => {
    const [record] = await readFixture('rejection.eml', 'eml');
    expect(record).toMatchObject({ id: 'rejection-1@acme.com', input: { from: 'Jane Doe <jane@acme.com>' } });
    expect(record && 'input' in record && record.input.text).toContain(
      'After careful consideration, we have',
    );
  });

  it('reads every message of an .mbox: unescaped, HTML-only, base64 with encoded-word headers', async () => {
    const records = await readFixture('inbox.mbox', 'mbox');
    expect(records.map((record) => ('id' in record ? record.id : record.error))).toEqual([
      'm1@corvid.dev',
      'inbox.mbox:2',
      'inbox.mbox:3',
    ]);
    const [first, second, third] = records.map((record) => ('input' in record ? record.input : undefined));
    expect(first?.text).toContain('\nFrom everything we saw');
    expect(second).toMatchObject({ from: 'Orbit Careers <careers@orbit.example>', text: '' });
    expect(second?.html).toContain('<b>Orbit</b>');
    expect(third?.from).toBe('Jönas Becker <j.becker@nordlicht.de>');
    expect(third?.subject).toBe('Ihre Bewerbung bei Nordlicht');
    expect(third?.text).toContain('Leider müssen wir Ihnen mitteilen');
  });

  it('reads a .txt message and numbers it 1', async () => {
    expect(await readFixture('interview.txt', 'txt')).toEqual([
      {
        id: 'interview.txt:1',
        input: expect.objectContaining({
          from: 'Priya Patel <priya@lumenfield.io>',
          subject: 'Next steps for the Product Designer role',
        }),
      },
    ]);
  });

  it('numbers .jsonl messages without an id by their line, skipping blank lines', async () => {
    const records = await readFixture('mixed.jsonl', 'jsonl');
    expect(records.map((record) => ('id' in record ? record.id : record.error))).toEqual([
      'j-1',
      'mixed.jsonl:3',
    ]);
  });

  it('turns a broken jsonl line into an error naming the line, and reads on', async () => {
    const records = await read(bytesOf('{"body":"a"}\n{"body":\n{"body":"c"}\n'), 'jsonl');
    expect(records).toEqual([
      { id: 'in:1', input: { from: '', subject: '', text: 'a' } },
      { error: expect.stringMatching(/^in:2: not valid JSON/) },
      { id: 'in:3', input: { from: '', subject: '', text: 'c' } },
    ]);
  });

  it('turns an undecodable mbox message into an error naming its number, and reads on', async () => {
    const broken =
      'Subject: b\nContent-Transfer-Encoding: base64\n\n//79/v/+/f7//v3+//79/v/+/f7//v3+//79/v/+/f7/\n';
    const mbox = toMboxrd(['Subject: a\n\nfirst\n', broken, 'Subject: c\n\nthird\n']);
    const records = await read(bytesOf(mbox.slice(0, 70), mbox.slice(70)), 'mbox');
    expect(records).toEqual([
      { id: 'in:1', input: { from: '', subject: 'a', text: 'first\n' } },
      { error: 'in: message 2: the body could not be decoded (broken charset or transfer encoding)' },
      { id: 'in:3', input: { from: '', subject: 'c', text: 'third\n' } },
    ]);
  });

  it('keeps 8-bit bytes of an mbox message intact for its declared charset', async () => {
    const mbox = toMboxrd(['Subject: x\nContent-Type: text/plain; charset=iso-8859-1\n\nd\u00e9j\u00e0\n']);
    const [record] = await read(bytesOf(mbox), 'mbox');
    expect(record && 'input' in record && record.input.text).toBe('déjà\n');
  });

  it('refuses an .eml over 25 MB and an empty .txt, each with a reason', async () => {
    async function* huge(): AsyncGenerator<Uint8Array> {
      const megabyte = new Uint8Array(1024 * 1024);
      for (let i = 0; i < 26; i += 1) yield megabyte;
    }
    expect(await read(huge(), 'eml')).toEqual([
      { error: 'in: message is larger than the 25 MB limit; skipped' },
    ]);
    expect(await read(bytesOf(' \n\n'), 'txt')).toEqual([{ error: 'in: empty message' }]);
  });
});
