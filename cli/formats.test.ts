import { describe, expect, it } from 'vitest';
import { formatOfPath, sniffFormat } from './formats';

describe('formatOfPath', () => {
  it('knows the four formats by extension, in any case', () => {
    expect(formatOfPath('inbox.mbox')).toBe('mbox');
    expect(formatOfPath('dir.v2/Mail.EML')).toBe('eml');
    expect(formatOfPath('notes.txt')).toBe('txt');
    expect(formatOfPath('corpus.jsonl')).toBe('jsonl');
  });

  it('leaves other names to be sniffed', () => {
    expect(formatOfPath('message')).toBeUndefined();
    expect(formatOfPath('export.json')).toBeUndefined();
  });
});

describe('sniffFormat', () => {
  it('reads an mbox separator at the very start as mbox', () => {
    expect(sniffFormat('From MAILER-DAEMON Thu Jan  1 00:00:00 2026\nSubject: x\n')).toBe('mbox');
  });

  it('reads JSON lines when the first non-blank character opens an object, after a BOM too', () => {
    expect(sniffFormat('\n  {"body":"x"}\n')).toBe('jsonl');
    expect(sniffFormat('\uFEFF{"body":"x"}')).toBe('jsonl');
  });

  it('reads an RFC 822 header block with folded lines as eml', () => {
    const head = 'Received: from mx by host;\r\n\tMon, 5 Jan 2026\r\nFrom: a@b.c\r\nSubject: s\r\n\r\nbody';
    expect(sniffFormat(head)).toBe('eml');
    expect(sniffFormat('MIME-Version: 1.0\nContent-Type: text/plain\n')).toBe('eml');
  });

  it('reads From/Subject-only heads and free text as txt', () => {
    expect(sniffFormat('From: Jane <jane@acme.com>\nSubject: Update\n\nThanks for applying.')).toBe('txt');
    expect(sniffFormat('Dear Sam,\n\nThanks for applying.')).toBe('txt');
    expect(sniffFormat('Date: today\nthis line is not a header\n\nbody')).toBe('txt');
    expect(sniffFormat('')).toBe('txt');
  });
});
