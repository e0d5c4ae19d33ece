import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detect } from '../../detector/index';
import { itemProblems, LANGUAGES, type LoadedItem, loadCorpus, toMailInput } from './corpus';
import { summarise } from './metrics';

const valid = {
  id: 'en-rej-001',
  from: 'Acme Recruiting <no-reply@greenhouse-mail.io>',
  subject: 'Your application',
  body: 'We have decided to move forward with other candidates.',
  expect: { rejection: true, kind: 'rejection', company: 'Acme', role: 'Engineer' },
};

describe('corpus line validation', () => {
  it('accepts a well-formed line', () => {
    expect(itemProblems(valid)).toEqual([]);
    const { id, from, subject, expect: label } = valid;
    expect(itemProblems({ id, from, subject, html: '<p>Hi</p>', expect: label })).toEqual([]);
  });

  it('names every problem of a malformed line', () => {
    const problems = itemProblems({
      id: 'rej-1',
      subject: '',
      extra: 1,
      expect: { rejection: 'yes', kind: 'nope' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'unknown key "extra"',
        expect.stringContaining('"id"'),
        '"from" must be a non-empty string',
        '"subject" must be a non-empty string',
        '"body" or "html" must have content',
        '"expect.rejection" must be a boolean',
        expect.stringContaining('"expect.kind"'),
      ]),
    );
  });

  it('requires the label and the kind to agree, and a company for every rejection', () => {
    expect(itemProblems({ ...valid, expect: { rejection: true, kind: 'offer', company: 'Acme' } })).toEqual([
      '"expect.rejection" must be true exactly when "expect.kind" is "rejection"',
    ]);
    expect(itemProblems({ ...valid, expect: { rejection: true, kind: 'rejection' } })).toEqual([
      'a rejection needs "expect.company"',
    ]);
  });
});

describe('loading a corpus directory', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports bad lines and repeated ids by file and line, and keeps the good lines', () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    const lines = [JSON.stringify(valid), '', '{not json', JSON.stringify(valid)];
    writeFileSync(join(dir, 'sample.jsonl'), lines.join('\n'));
    writeFileSync(join(dir, 'ignored.txt'), 'not a corpus file');
    const { items, problems } = loadCorpus(dir);
    expect(items.map((item) => [item.id, item.file, item.line, item.language])).toEqual([
      ['en-rej-001', 'sample.jsonl', 1, 'en'],
    ]);
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['sample.jsonl', 3],
      ['sample.jsonl', 4],
    ]);
    expect(problems[1]?.message).toContain('already used at sample.jsonl:1');
  });
});

describe('the corpus', () => {
  const { items, problems } = loadCorpus();
  const count = (test: (item: LoadedItem) => boolean) => items.filter(test).length;

  it('has only valid lines and unique ids', () => {
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
  });

  it('covers English rejections, English look-alikes and every other language in both directions', () => {
    expect(items.length).toBeGreaterThanOrEqual(450);
    expect(count((i) => i.language === 'en' && i.expect.rejection)).toBeGreaterThanOrEqual(200);
    expect(count((i) => i.language === 'en' && !i.expect.rejection)).toBeGreaterThanOrEqual(150);
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      expect(
        count((i) => i.language === language && i.expect.rejection),
        language,
      ).toBeGreaterThanOrEqual(20);
      expect(
        count((i) => i.language === language && !i.expect.rejection),
        language,
      ).toBeGreaterThanOrEqual(20);
    }
  });

  it('labels every kind of message and includes HTML-only ones', () => {
    const kinds = new Set(items.map((i) => i.expect.kind));
    expect([...kinds].sort()).toEqual([
      'acknowledgement',
      'alert',
      'assessment',
      'interview',
      'offer',
      'other',
      'pause',
      'rejection',
      'withdrawal',
    ]);
    expect(count((i) => !i.body && Boolean(i.html))).toBeGreaterThanOrEqual(20);
  });

  it('is judged by the detector with precision ≥ 0.99 and recall ≥ 0.98', () => {
    const outcomes = items.map((item) => ({ expected: item.expect, verdict: detect(toMailInput(item)) }));
    const { precision, recall } = summarise(outcomes);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });
});
