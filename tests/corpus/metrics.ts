/** Scores a detector's verdicts against corpus labels. Pure: no file or detector access. */
import type { Verdict } from '../../detector/types';
import type { CorpusExpectation } from './corpus';

export interface Outcome {
  expected: CorpusExpectation;
  verdict: Pick<Verdict, 'rejection' | 'kind' | 'company' | 'role'>;
}

export interface Counts {
  total: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export interface FieldAccuracy {
  checked: number;
  correct: number;
  /** `null` when nothing was checked. */
  accuracy: number | null;
}

export interface Summary {
  counts: Counts;
  /** `null` when the detector flagged nothing, so there is no precision to speak of. */
  precision: number | null;
  /** `null` when there was no rejection to find. */
  recall: number | null;
  f1: number | null;
  company: FieldAccuracy;
  role: FieldAccuracy;
  kind: FieldAccuracy;
}

/** Trailing words that name a legal form rather than the company itself. */
const LEGAL_SUFFIXES = new Set([
  'ab',
  'ag',
  'bv',
  'co',
  'corp',
  'corporation',
  'gmbh',
  'inc',
  'incorporated',
  'kg',
  'llc',
  'llp',
  'ltd',
  'limited',
  'mbb',
  'nv',
  'partg',
  'plc',
  'pty',
  'sa',
  'sarl',
  'sas',
  'se',
  'sl',
  'spa',
  'srl',
]);

/** Gender markers that job titles carry in some languages: (m/w/d), (w/m/d), (f/m/x), (H/F). */
const GENDER_MARKER = /\(\s*[mwfdxh]\s*(?:\/\s*[mwfdxh]\s*){1,2}\)/giu;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Company names compare without case, punctuation or legal form: "Acme, Inc." equals "acme". */
export function normaliseCompany(name: string): string {
  const tokens = words(name);
  let end = tokens.length;
  while (end > 1) {
    const last = tokens[end - 1] as string;
    // "& Co." leaves a dangling "and" once "co" is gone.
    if (!LEGAL_SUFFIXES.has(last) && !(last === 'and' && end < tokens.length)) break;
    end--;
  }
  return tokens.slice(0, end).join(' ');
}

/** Role titles compare without case, punctuation or gender markers: "Konstrukteur (m/w/d)" equals "Konstrukteur". */
export function normaliseRole(title: string): string {
  return words(title.replace(GENDER_MARKER, ' ')).join(' ');
}

export function sameCompany(expected: string, actual: string | undefined): boolean {
  return actual !== undefined && normaliseCompany(expected) === normaliseCompany(actual);
}

export function sameRole(expected: string, actual: string | undefined): boolean {
  return actual !== undefined && normaliseRole(expected) === normaliseRole(actual);
}

export function countOutcomes(outcomes: readonly Outcome[]): Counts {
  const counts: Counts = {
    total: outcomes.length,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    trueNegatives: 0,
  };
  for (const { expected, verdict } of outcomes) {
    if (expected.rejection && verdict.rejection) counts.truePositives++;
    else if (verdict.rejection) counts.falsePositives++;
    else if (expected.rejection) counts.falseNegatives++;
    else counts.trueNegatives++;
  }
  return counts;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function accuracy(checked: number, correct: number): FieldAccuracy {
  return { checked, correct, accuracy: ratio(correct, checked) };
}

/**
 * Company and role are judged only where they matter and can be judged: rejections the detector caught and
 * whose label names the field.
 */
function fieldAccuracy(outcomes: readonly Outcome[], field: 'company' | 'role'): FieldAccuracy {
  const same = field === 'company' ? sameCompany : sameRole;
  const judged = outcomes.filter((o) => o.expected.rejection && o.verdict.rejection && o.expected[field]);
  const correct = judged.filter((o) => same(o.expected[field] as string, o.verdict[field])).length;
  return accuracy(judged.length, correct);
}

export function summarise(outcomes: readonly Outcome[]): Summary {
  const counts = countOutcomes(outcomes);
  const precision = ratio(counts.truePositives, counts.truePositives + counts.falsePositives);
  const recall = ratio(counts.truePositives, counts.truePositives + counts.falseNegatives);
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  const kindCorrect = outcomes.filter((o) => o.verdict.kind === o.expected.kind).length;
  return {
    counts,
    precision,
    recall,
    f1,
    company: fieldAccuracy(outcomes, 'company'),
    role: fieldAccuracy(outcomes, 'role'),
    kind: accuracy(outcomes.length, kindCorrect),
  };
}
