/**
 * Gmail names a message in several ways: `data-message-id="#msg-f:1784…"` (decimal), the same number in hex in
 * `data-legacy-message-id`, and base64 inside `jslog`. Everything here turns them into one form,
 * `msg-f:<decimal>` / `thread-f:<decimal>`, so a message keeps one id whichever attribute was read.
 */

const ID = /^#?((?:msg|thread)-[a-z]:[\w-]+)$/;
const LEGACY = /^[0-9a-f]{1,16}$/i;

/** `#msg-f:1784…` → `msg-f:1784…`. Client ids of just-sent mail (`#msg-a:r-48…`) are kept as they are. */
export function normaliseId(raw: string): string | undefined {
  return ID.exec(raw.trim())?.[1];
}

/** A hex legacy id as the decimal id Gmail's newer attributes carry. */
export function fromLegacyId(kind: 'msg' | 'thread', hex: string): string | undefined {
  const trimmed = hex.trim();
  return LEGACY.test(trimmed) ? `${kind}-f:${BigInt(`0x${trimmed}`)}` : undefined;
}

/** The hex legacy form of a `thread-f:` id, which Gmail's URLs accept. */
export function toLegacyId(id: string): string | undefined {
  const decimal = /^(?:msg|thread)-f:(\d+)$/.exec(id)?.[1];
  return decimal ? BigInt(decimal).toString(16) : undefined;
}

const BASE64_PART = /^[A-Za-z0-9+/_-]{8,}[.=]*$/;

function decodeBase64(part: string): string | undefined {
  const plain = part
    .replace(/[.=]+$/, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  try {
    return atob(plain.padEnd(Math.ceil(plain.length / 4) * 4, '='));
  } catch {
    return undefined;
  }
}

/**
 * The thread and message ids inside a `jslog` attribute, e.g.
 * `20277; u014N:xr6bB; 1:WyIjdGhyZWFkLWY6…` whose base64 parts decode to JSON naming `#thread-f:…`/`#msg-f:…`.
 */
export function idsInJslog(jslog: string): { threadId?: string; messageId?: string } {
  const ids: { threadId?: string; messageId?: string } = {};
  for (const part of jslog.split(';')) {
    const value = part.slice(part.indexOf(':') + 1).trim();
    if (!BASE64_PART.test(value)) continue;
    const decoded = decodeBase64(value);
    if (!decoded) continue;
    ids.threadId ??= /#(thread-[a-z]:[\w-]+)/.exec(decoded)?.[1];
    ids.messageId ??= /#(msg-[a-z]:[\w-]+)/.exec(decoded)?.[1];
  }
  return ids;
}

/**
 * How each month begins in the languages Gmail's date tooltip is read in (English, German, French, Spanish, Dutch
 * and Portuguese), by its first three letters: a name or abbreviation (`März`, `mrt.`, `févr.`, `set.`) is its month
 * when it starts with one of these. `juin` and `juil` share three letters and are told apart by the fourth.
 */
const MONTH_BY_START = new Map<string, number>();
for (const [month, starts] of [
  'jan jän ene',
  'feb fév fev',
  'mar mär mrz mrt maa',
  'apr avr abr',
  'may mai mei',
  'jun',
  'jul',
  'aug aoû aou ago',
  'sep set',
  'oct okt out',
  'nov',
  'dec dez déc dic',
].entries()) {
  for (const start of starts.split(' ')) MONTH_BY_START.set(start, month);
}
const JUNE = 5;
const JULY = 6;

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  const start = lower.slice(0, 3);
  if (start === 'jui') return lower[3] === 'n' ? JUNE : lower[3] === 'l' ? JULY : -1;
  return MONTH_BY_START.get(start) ?? -1;
}

/**
 * `, 10:12 PM`, ` at 10:12`, ` um 22:12`, ` à 22:12`, ` a las 22:12`, ` om 22:12`, ` às 22:12`, or no word at all:
 * hour, minute and AM/PM. Groups are numbered rather than named: a tooltip is read for every message opened, and
 * named groups cost an object per read.
 */
const TIME = String.raw`,? (?:(?:at|um|à|a las|a la|om|às) )?(\d{1,2}):(\d{2}) ?([ap]m)?`;
/** `Tue, Mar 5, 2024, 10:12 AM`, `Tue, Mar 5, 2024 at 10:12 AM` (US English): month, day, year, then the time. */
const MONTH_FIRST = new RegExp(String.raw`([a-z]{3,})\.? (\d{1,2}), (\d{4})${TIME}`, 'i');
/**
 * Day first: `Tue, 5 Mar 2024, 10:12` (British English), `Di., 5. März 2024, 22:12` (German), `mar. 5 mars 2024,
 * 22:12` (French), `mar, 5 mar 2024, 22:12` (Spanish), `di 5 mrt 2024 22:12` (Dutch), `ter., 5 de mar. de 2024
 * 22:12` (Portuguese): day, month (letters, perhaps a closing dot), year, then the time.
 */
const DAY_FIRST = new RegExp(
  String.raw`(\d{1,2})\.? (?:de )?([^\s\d.,]{3,})\.?,? (?:de )?(\d{4})${TIME}`,
  'i',
);

function toTime(month: number, day: string, [, , , year, hour, minute, half]: RegExpExecArray): number {
  if (month < 0) return Number.NaN;
  const noon = half?.toLowerCase();
  const hours = (Number(hour) % (noon ? 12 : 24)) + (noon === 'pm' ? 12 : 0);
  return new Date(Number(year), month, Number(day), hours, Number(minute)).getTime();
}

/**
 * The time in a message's date tooltip (`span.g3[title]`), in the user's time zone, as ms since the epoch.
 * Read by hand in the six languages above, because browsers disagree on `Date.parse` for them and read none
 * but English; anything else is left to `Date.parse` and may stay unknown.
 */
export function parseGmailDate(title: string): number | undefined {
  // Recent ICU puts a narrow no-break space before AM/PM; `\s` covers it.
  const text = title.replace(/\s+/g, ' ').trim();
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text);
  const time = monthFirst
    ? toTime(monthIndex(monthFirst[1] as string), monthFirst[2] as string, monthFirst)
    : dayFirst
      ? toTime(monthIndex(dayFirst[2] as string), dayFirst[1] as string, dayFirst)
      : Date.parse(text);
  return Number.isNaN(time) ? undefined : time;
}
