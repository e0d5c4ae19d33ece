/**
 * The labelled email corpus: JSONL files beside this module, one message a line. A message's language is the
 * prefix of its id (`de-rej-004`), so the files can be split by theme while results are still broken down by
 * language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MailInput, MailKind } from '../../detector/types';

export interface CorpusExpectation {
  rejection: boolean;
  kind: MailKind;
  /** The employer (never the job board that relayed the decision). */
  company?: string;
  role?: string;
}

export interface CorpusItem {
  id: string;
  from: string;
  subject: string;
  body?: string;
  html?: string;
  expect: CorpusExpectation;
  note?: string;
}

export interface LoadedItem extends CorpusItem {
  file: string;
  line: number;
  language: string;
}

export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'pt'] as const;

const KINDS: readonly MailKind[] = [
  'rejection',
  'acknowledgement',
  'interview',
  'assessment',
  'offer',
  'alert',
  'withdrawal',
  'pause',
  'other',
];
const ID_PATTERN = new RegExp(`^(${LANGUAGES.join('|')})-[a-z]+-\\d{3}$`);
const ITEM_KEYS = new Set(['id', 'from', 'subject', 'body', 'html', 'expect', 'note']);
const EXPECT_KEYS = new Set(['rejection', 'kind', 'company', 'role']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unknownKeys(record: Record<string, unknown>, allowed: Set<string>): string[] {
  return Object.keys(record)
    .filter((key) => !allowed.has(key))
    .map((key) => `unknown key "${key}"`);
}

function expectationProblems(expect: unknown): string[] {
  if (!isRecord(expect)) return ['"expect" must be an object'];
  const problems = unknownKeys(expect, EXPECT_KEYS);
  if (typeof expect.rejection !== 'boolean') problems.push('"expect.rejection" must be a boolean');
  if (!KINDS.includes(expect.kind as MailKind))
    problems.push(`"expect.kind" must be one of ${KINDS.join(', ')}`);
  else if (expect.rejection !== (expect.kind === 'rejection')) {
    problems.push('"expect.rejection" must be true exactly when "expect.kind" is "rejection"');
  }
  for (const key of ['company', 'role'] as const) {
    if (key in expect && !isFilled(expect[key])) problems.push(`"expect.${key}" must be a non-empty string`);
  }
  if (expect.rejection === true && !('company' in expect))
    problems.push('a rejection needs "expect.company"');
  return problems;
}

/** Checks one parsed line; returns every problem found, so a bad line is fixed in one go. */
export function itemProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['a line must be a JSON object'];
  const problems = unknownKeys(value, ITEM_KEYS);
  if (typeof value.id !== 'string' || !ID_PATTERN.test(value.id)) {
    problems.push(`"id" must look like "en-rej-001" (language ${LANGUAGES.join('/')}, theme, three digits)`);
  }
  if (!isFilled(value.from)) problems.push('"from" must be a non-empty string');
  if (!isFilled(value.subject)) problems.push('"subject" must be a non-empty string');
  for (const key of ['body', 'html', 'note'] as const) {
    if (key in value && typeof value[key] !== 'string') problems.push(`"${key}" must be a string`);
  }
  if (!isFilled(value.body) && !isFilled(value.html)) problems.push('"body" or "html" must have content');
  problems.push(...expectationProblems(value.expect));
  return problems;
}

export function corpusFiles(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
}

/** Reads every corpus file; invalid lines and repeated ids come back as problems, never as items. */
export function loadCorpus(dir: string = CORPUS_DIR): { items: LoadedItem[]; problems: CorpusProblem[] } {
  const items: LoadedItem[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of corpusFiles(dir)) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      const line = index + 1;
      if (text.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        problems.push({ file, line, message: `not valid JSON: ${(error as Error).message}` });
        return;
      }
      const found = itemProblems(value);
      if (found.length > 0) {
        for (const message of found) problems.push({ file, line, message });
        return;
      }
      const item = value as CorpusItem;
      const firstSeen = seen.get(item.id);
      if (firstSeen) {
        problems.push({ file, line, message: `id "${item.id}" already used at ${firstSeen}` });
        return;
      }
      seen.set(item.id, `${file}:${line}`);
      items.push({ ...item, file, line, language: item.id.slice(0, 2) });
    });
  }
  return { items, problems };
}

export function toMailInput(item: CorpusItem): MailInput {
  return { from: item.from, subject: item.subject, text: item.body ?? '', html: item.html };
}
