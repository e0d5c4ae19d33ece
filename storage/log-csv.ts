/**
 * The log as CSV for a spreadsheet: every rejection and application, oldest first. Cells come from mail the user
 * never wrote, so any text a spreadsheet could run as a formula is made plain text first.
 */
import Papa from 'papaparse';
import type { Application, Rejection } from './types';

/**
 * A cell starting like a formula gets a leading `'`. Papa's own default pattern needs the whole cell on one line,
 * so a formula followed by a line break would slip through; only the first character matters here.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const LOG_COLUMNS = [
  'type',
  'date',
  'company',
  'role',
  'source',
  'recruiter',
  'recruiter_email',
  'subject',
  'excerpt',
  'note',
  'feedback_asked',
  'feedback_replied',
  'feedback_reply',
  'offer',
] as const;

type LogRow = Partial<Record<(typeof LOG_COLUMNS)[number], string>>;

function isoDate(at: number | undefined): string | undefined {
  return at === undefined ? undefined : new Date(at).toISOString();
}

function rejectionRow(rejection: Rejection): LogRow {
  return {
    type: 'rejection',
    date: isoDate(rejection.receivedAt),
    company: rejection.company,
    role: rejection.role,
    source: rejection.source,
    recruiter: rejection.recruiterName,
    recruiter_email: rejection.recruiterEmail,
    subject: rejection.subject,
    excerpt: rejection.excerpt,
    note: rejection.note,
    feedback_asked: isoDate(rejection.feedback?.askedAt),
    feedback_replied: isoDate(rejection.feedback?.repliedAt),
    feedback_reply: rejection.feedback?.reply,
  };
}

function applicationRow(application: Application): LogRow {
  return {
    type: 'application',
    date: isoDate(application.appliedAt),
    company: application.company,
    role: application.role,
    note: application.note,
    offer: isoDate(application.offerAt),
  };
}

export function logCsv(rejections: readonly Rejection[], applications: readonly Application[]): string {
  const dated = [
    ...rejections.map((rejection) => ({ at: rejection.receivedAt, row: rejectionRow(rejection) })),
    ...applications.map((application) => ({ at: application.appliedAt, row: applicationRow(application) })),
  ].sort((a, b) => a.at - b.at);
  return Papa.unparse(
    {
      fields: [...LOG_COLUMNS],
      data: dated.map(({ row }) => LOG_COLUMNS.map((column) => row[column] ?? '')),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
