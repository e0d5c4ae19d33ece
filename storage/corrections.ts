import { platformOf } from '@/detector/sender';
import { SITES } from '@/sites/registry';
import type { Rejection } from './types';

/** What a correction is learned from, and checked against: a stored rejection or a new report. */
export type Correctable = Pick<Rejection, 'source' | 'fromEmail' | 'company' | 'reasons'>;

/** Lowercase with white space folded: how addresses, names and phrases are compared. */
function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The sender part of a correction. A personal or company address speaks for one employer and is learned as is;
 * a shared ATS or job-board address speaks for every employer using it, so it is learned together with the
 * company, and not at all when the company is unknown: one correction must never silence a whole platform.
 */
export function senderKey(fromEmail: string | undefined, company: string | undefined): string | undefined {
  const address = fold(fromEmail ?? '');
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  if (!platformOf(address.slice(at + 1))) return `sender:${address}`;
  const employer = fold(company ?? '');
  return employer ? `sender:${address}#${employer}` : undefined;
}

/**
 * A deciding sentence reduced to its wording, so the same template matches whoever sent it and whenever:
 * lowercase, typographic apostrophes made plain, the company name and digits masked, white space folded.
 */
export function normalisePhrase(sentence: string, company?: string): string {
  let text = fold(sentence.replace(/[‘’]/g, "'"));
  const employer = fold(company ?? '');
  if (employer) text = text.split(employer).join('{company}');
  return text.replace(/\d+/g, '#');
}

/** The phrase part of a correction: the first deciding sentence, normalised. */
export function phraseKey(reasons: readonly string[], company?: string): string | undefined {
  const first = reasons[0];
  const phrase = first ? normalisePhrase(first, company) : '';
  return phrase ? `phrase:${phrase}` : undefined;
}

/**
 * Every correction key a rejection teaches, or is silenced by. Only the detector's judgements of mail are
 * learned from: a status page's "Not selected" is the employer's own word, and learning it would silence every
 * later decision on that site.
 */
export function correctionKeys(rejection: Correctable): string[] {
  const site = rejection.source in SITES ? SITES[rejection.source as keyof typeof SITES] : undefined;
  if (site?.kind !== 'mail') return [];
  return [
    senderKey(rejection.fromEmail, rejection.company),
    phraseKey(rejection.reasons, rejection.company),
  ].filter((key): key is string => key !== undefined);
}
