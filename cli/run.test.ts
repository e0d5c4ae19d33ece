import { spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runClassify } from './run';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(ROOT, 'cli', 'fixtures', name);

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function runInProcess(args: string[], stdin = Buffer.alloc(0)) {
  const stdout = sink();
  const stderr = sink();
  const code = await runClassify(args, {
    stdin: Readable.from([stdin]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    openFile: (path) => createReadStream(path),
  });
  const lines = stdout.text().split('\n').filter(Boolean);
  return { code, records: lines.map((line) => JSON.parse(line)), stderr: stderr.text() };
}

describe('runClassify', () => {
  it.each([
    ['rejection.eml', ['rejection-1@acme.com']],
    ['inbox.mbox', ['m1@corvid.dev', 'stdin:2', 'stdin:3']],
    ['interview.txt', ['stdin:1']],
    ['mixed.jsonl', ['j-1', 'stdin:3']],
  ])('sniffs %s on standard input and classifies it as the file itself would be', async (name, ids) => {
    const fromStdin = await runInProcess([], readFileSync(fixture(name)));
    const fromFile = await runInProcess([fixture(name)]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.records.map((record) => record.id)).toEqual(ids);
    const withoutIds = (records: { id: string }[]) => records.map(({ id: _id, ...rest }) => rest);
    expect(withoutIds(fromStdin.records)).toEqual(withoutIds(fromFile.records));
  });

  it('sniffs a file whose extension says nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-'));
    try {
      copyFileSync(fixture('inbox.mbox'), join(dir, 'export'));
      const { code, records } = await runInProcess([join(dir, 'export')]);
      expect(code).toBe(0);
      expect(records).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('prints usage for --help', async () => {
    const stdout = sink();
    const code = await runClassify(['--help'], {
      stdin: Readable.from([]),
      stdout: stdout.stream,
      stderr: sink().stream,
      openFile: () => Readable.from([]),
    });
    expect(code).toBe(0);
    expect(stdout.text()).toMatch(/^Usage: npm run -s classify -- \[FILE\.\.\.]/);
  });
});

describe('the classify command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'classify-cli-'));
  afterAll(() => rmSync(dir, { recursive: true }));

  function classify(args: string[], input?: string) {
    // What `npm run classify` runs, from another directory so paths are taken as given.
    const result = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'cli', 'classify.ts'), ...args],
      {
        cwd: dir,
        input,
        encoding: 'utf8',
      },
    );
    const lines = result.stdout.split('\n').filter(Boolean);
    return { code: result.status, records: lines.map((line) => JSON.parse(line)), stderr: result.stderr };
  }

  it('classifies good input, reports a broken jsonl line and a missing file, and exits 1', () => {
    copyFileSync(fixture('rejection.eml'), join(dir, 'rejection.eml'));
    writeFileSync(
      join(dir, 'batch.jsonl'),
      [
        '{"id":"ok-1","from":"jobs@brightwave.com","subject":"Your application","body":"Unfortunately, we will not be moving forward with your application."}',
        '{"id":"broken", "body": ',
        '{"subject":"Interview","body":"We would love to invite you to an interview next week."}',
      ].join('\n'),
    );
    const { code, records, stderr } = classify(['rejection.eml', 'missing.eml', 'batch.jsonl']);
    expect(records.map((record) => [record.id, record.rejection])).toEqual([
      ['rejection-1@acme.com', true],
      ['ok-1', true],
      ['batch.jsonl:3', false],
    ]);
    expect(Object.keys(records[0])).toEqual([
      'id',
      'rejection',
      'score',
      'kind',
      'company',
      'role',
      'recruiter',
      'reasons',
    ]);
    expect(records[0]).toMatchObject({ kind: 'rejection', company: 'Acme', recruiter: 'Jane Doe' });
    expect(stderr).toContain('classify: missing.eml: cannot read (no such file)');
    expect(stderr).toMatch(/classify: batch\.jsonl:2: not valid JSON/);
    expect(stderr.trim().split('\n')).toHaveLength(2);
    expect(code).toBe(1);
  });

  it('reads standard input and exits 0 when all went well', () => {
    const { code, records, stderr } = classify(['-'], readFileSync(fixture('interview.txt'), 'utf8'));
    expect(stderr).toBe('');
    expect(records).toEqual([
      expect.objectContaining({ id: 'stdin:1', kind: 'interview', rejection: false }),
    ]);
    expect(code).toBe(0);
  });
});
