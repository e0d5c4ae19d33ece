import { platformOf } from '@/detector/sender';
import { SITES, type SiteId } from '@/sites/registry';
import type { ComebackDb } from './db';
import type { Correction, Rejection, Source } from './types';

/** What a correction is learned from, and checked against: a stored rejection or a new report. */
export type Correctable = Pick<Rejection, 'source' | 'fromEmail' | 'fromName' | 'company' | 'reasons'>;

/** Mail sites whose messages carry the sender's name but no address: there, the name stands for the sender. */
const NAME_ONLY_SITES: readonly SiteId[] = ['linkedin'];

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
 * The sender part of a correction on a site whose messages have no address: the name, scoped to the site, as
 * `sender:linkedin:jane doe`. Elsewhere a name alone is not learned: an address is the surer sign, and a name
 * shown without one may be a company's or a platform's.
 */
export function siteSenderKey(source: Source, fromName: string | undefined): string | undefined {
  const name = fold(fromName ?? '');
  return name && (NAME_ONLY_SITES as readonly Source[]).includes(source)
    ? `sender:${source}:${name}`
    : undefined;
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
    senderKey(rejection.fromEmail, rejection.company) ?? siteSenderKey(rejection.source, rejection.fromName),
    phraseKey(rejection.reasons, rejection.company),
  ].filter((key): key is string => key !== undefined);
}

/** One learned correction, read back from its key for the user: a sender (perhaps for one company), or a wording. */
export type Learned =
  | { kind: 'sender'; address: string; company?: string }
  | { kind: 'siteSender'; site: SiteId; name: string }
  | { kind: 'phrase'; phrase: string };

/** Reads a correction key back into what it stands for; undefined for a key of no known shape. */
export function readCorrectionKey(key: string): Learned | undefined {
  if (key.startsWith('phrase:')) return { kind: 'phrase', phrase: key.slice('phrase:'.length) };
  if (!key.startsWith('sender:')) return undefined;
  const sender = key.slice('sender:'.length);
  const site = NAME_ONLY_SITES.find((each) => sender.startsWith(`${each}:`));
  if (site) return { kind: 'siteSender', site, name: sender.slice(site.length + 1) };
  const hash = sender.indexOf('#', sender.lastIndexOf('@'));
  if (hash < 0) return { kind: 'sender', address: sender };
  return { kind: 'sender', address: sender.slice(0, hash), company: sender.slice(hash + 1) };
}

/**
 * Everything learned from "Not a rejection", for the user to see and undo: the latest first, and of what one
 * correction taught, the sender before the wording.
 */
export async function listCorrections(db: ComebackDb): Promise<Correction[]> {
  const isPhrase = ({ key }: Correction) => Number(key.startsWith('phrase:'));
  const all = await db.corrections.toArray();
  return all.sort((a, b) => b.correctedAt - a.correctedAt || isPhrase(a) - isPhrase(b));
}

/** Forgets one thing learned: messages from that sender, or with that wording, are flagged again. */
export async function forgetCorrection(db: ComebackDb, key: string): Promise<void> {
  await db.corrections.delete(key);
}
