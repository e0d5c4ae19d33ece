import type { TemplateValues } from './templates';
import { tidy } from './text';

export interface FeedbackFacts {
  recruiterName?: string;
  role?: string;
  company?: string;
}

export interface MailDraft {
  to?: string;
  subject: string;
  body: string;
}

const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|madam|mme|mlle|herr|frau)\.?$/i;
/** What may follow a comma after a full name ("Jane Doe, PhD"), as opposed to a given name ("Doe, Jane"). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md|mba|esq|cpa|sphr|phr)\.?$/i;
/** Display names of mailboxes rather than people: greeting "Hi Talent," would read oddly. */
const NOT_A_PERSON =
  /\b(?:team|talent|recruit\w*|careers?|hiring|hr|jobs|people|acquisition|no-?reply|notifications?|support|info)\b/i;
const INITIAL = /^\p{L}\.?$/u;
const GIVEN_NAME = /^\p{L}[\p{L}\p{M}'’-]*$/u;

/** Names written all in capitals or all in lower case are re-cased; mixed case ("McKenzie") is kept. */
function recase(name: string): string {
  if (name !== name.toUpperCase() && name !== name.toLowerCase()) return name;
  return name.toLowerCase().replace(/(^|[-'’])\p{L}/gu, (start) => start.toUpperCase());
}

/** The given name to greet someone by, or `undefined` when the name is an address, a team or unclear. */
export function firstName(fullName: string | undefined): string | undefined {
  const name = tidy(fullName?.replace(/<[^>]*>/g, ''))?.replace(/^["'“‘]+|["'”’]+$/g, '');
  if (!name || name.includes('@') || /\d/.test(name) || NOT_A_PERSON.test(name)) return undefined;
  const [beforeComma = '', afterComma] = name.split(',', 2).map((part) => part.trim());
  const suffixAfterComma = afterComma !== undefined && NAME_SUFFIX.test(afterComma.split(' ')[0] ?? '');
  const given = afterComma && !suffixAfterComma ? afterComma : beforeComma;
  const words = given.split(' ').filter((word) => word && !HONORIFIC.test(word));
  // "J. Robert Smith" goes by Robert; a lone initial is no name to greet.
  const first = words.find((word) => !INITIAL.test(word));
  return first && GIVEN_NAME.test(first) ? recase(first) : undefined;
}

/**
 * What a feedback request is filled with: the recruiter's first name (none when it is an address or a team),
 * the company and role as far as they are known, and the user's own name to sign with.
 */
export function feedbackValues(facts: FeedbackFacts, userName: string | undefined): TemplateValues {
  return {
    recruiter: firstName(facts.recruiterName),
    company: tidy(facts.company),
    role: tidy(facts.role),
    me: tidy(userName),
  };
}

function query(pairs: [string, string][]): string {
  return pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

const GMAIL_ACCOUNT = /^https:\/\/mail\.google\.com\/mail\/u\/(\d+)\//;

/**
 * Gmail's address for the account a message was seen in (`https://mail.google.com/mail/u/1/…`), so a reply is
 * written from that account; the first account when the message came another way.
 */
export function gmailAccountRoot(seenAt: string | undefined): string {
  const account = seenAt === undefined ? undefined : GMAIL_ACCOUNT.exec(seenAt)?.[1];
  return `https://mail.google.com/mail/${account === undefined ? '' : `u/${account}/`}`;
}

/** Gmail's compose window, filled in, in the account the message was seen in (`seenAt`, its address). */
export function gmailComposeUrl({ to, subject, body }: MailDraft, seenAt?: string): string {
  const recipient: [string, string][] = to ? [['to', to]] : [];
  return `${gmailAccountRoot(seenAt)}?${query([['view', 'cm'], ['fs', '1'], ...recipient, ['su', subject], ['body', body]])}`;
}

/** A `mailto:` link for the user's own mail app; RFC 6068 wants line breaks as CRLF. */
export function mailtoUrl({ to, subject, body }: MailDraft): string {
  const address = to ? encodeURIComponent(to).replace(/%40/g, '@') : '';
  return `mailto:${address}?${query([
    ['subject', subject],
    ['body', body.replace(/\r?\n/g, '\r\n')],
  ])}`;
}
