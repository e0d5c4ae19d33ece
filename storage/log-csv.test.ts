import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LOG_COLUMNS, logCsv } from './log-csv';
import type { Application, Rejection } from './types';

function rejection(overrides: Partial<Rejection>): Rejection {
  return {
    id: 1,
    key: 'gmail:a',
    source: 'gmail',
    excerpt: '',
    score: 0.9,
    reasons: [],
    receivedAt: Date.UTC(2025, 2, 12),
    loggedAt: 0,
    viewed: 1,
    checklist: [],
    ...overrides,
  };
}

const application: Application = {
  id: 1,
  company: 'Fabrikam',
  role: 'Analyst',
  appliedAt: Date.UTC(2025, 2, 1),
  offerAt: Date.UTC(2025, 3, 2),
};

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('the log as CSV', () => {
  it('lists rejections and applications oldest first under named columns', () => {
    const csv = logCsv(
      [
        rejection({
          company: 'Northwind',
          role: 'Designer',
          recruiterName: 'Priya Raman',
          feedback: { askedAt: Date.UTC(2025, 2, 13) },
        }),
      ],
      [application],
    );
    const [header, first, second] = rows(csv);
    expect(header).toEqual([...LOG_COLUMNS]);
    const column = (row: string[] | undefined, name: (typeof LOG_COLUMNS)[number]) =>
      row?.[LOG_COLUMNS.indexOf(name)];
    expect(column(first, 'type')).toBe('application');
    expect(column(first, 'offer')).toBe('2025-04-02T00:00:00.000Z');
    expect(column(second, 'type')).toBe('rejection');
    expect(column(second, 'company')).toBe('Northwind');
    expect(column(second, 'recruiter')).toBe('Priya Raman');
    expect(column(second, 'feedback_asked')).toBe('2025-03-13T00:00:00.000Z');
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('keeps commas, quotes and line breaks inside their cell', () => {
    const note = 'Said "not now", then:\nmaybe next year';
    const [, row] = rows(logCsv([rejection({ company: 'Smith, Jones & Co', note })], []));
    expect(row?.[LOG_COLUMNS.indexOf('company')]).toBe('Smith, Jones & Co');
    expect(row?.[LOG_COLUMNS.indexOf('note')]).toBe(note);
  });

  it('makes every cell a spreadsheet could run as a formula plain text', () => {
    const hostile = [
      '=HYPERLINK("http://x","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tcmd',
      '\rcmd',
      '=1+1\nsecond line',
    ];
    const csv = logCsv(
      hostile.map((subject, index) => rejection({ id: index, subject, receivedAt: index })),
      [],
    );
    const subjects = rows(csv)
      .slice(1)
      .map((row) => row[LOG_COLUMNS.indexOf('subject')]);
    expect(subjects).toEqual(hostile.map((subject) => `'${subject}`));
  });

  it('leaves ordinary text, and a formula sign later in a cell, as it is', () => {
    const [, row] = rows(
      logCsv([rejection({ subject: 'Re: your application (1 = yes)', company: 'A-Team' })], []),
    );
    expect(row?.[LOG_COLUMNS.indexOf('subject')]).toBe('Re: your application (1 = yes)');
    expect(row?.[LOG_COLUMNS.indexOf('company')]).toBe('A-Team');
  });
});
