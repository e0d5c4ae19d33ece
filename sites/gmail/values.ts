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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`,? (?:at )?(?<hour>\d{1,2}):(?<minute>\d{2}) ?(?<half>[ap]m)?`;
const DATE_FORMS = [
  // `Tue, Mar 5, 2024, 10:12 AM`, `Tue, Mar 5, 2024 at 10:12 AM` (US English)
  new RegExp(String.raw`(?<month>[a-z]{3,})\.? (?<day>\d{1,2}), (?<year>\d{4})${TIME}`, 'i'),
  // `Tue, 5 Mar 2024, 10:12`, `5 Mar 2024 at 10:12` (British and most other English locales)
  new RegExp(String.raw`(?<day>\d{1,2}) (?<month>[a-z]{3,})\.? (?<year>\d{4})${TIME}`, 'i'),
];

function toTime(parts: Record<string, string | undefined>): number {
  const month = MONTHS.indexOf((parts.month ?? '').slice(0, 3).toLowerCase());
  if (month < 0) return Number.NaN;
  const half = parts.half?.toLowerCase();
  const hours = (Number(parts.hour) % (half ? 12 : 24)) + (half === 'pm' ? 12 : 0);
  return new Date(Number(parts.year), month, Number(parts.day), hours, Number(parts.minute)).getTime();
}

/**
 * The time in a message's date tooltip (`span.g3[title]`), in the user's time zone, as ms since the epoch.
 * English forms are parsed by hand because browsers disagree on `Date.parse` for them; other languages are
 * left to `Date.parse` and may stay unknown.
 */
export function parseGmailDate(title: string): number | undefined {
  // Recent ICU puts a narrow no-break space before AM/PM; `\s` covers it.
  const text = title.replace(/\s+/g, ' ').trim();
  const parts = DATE_FORMS.map((form) => form.exec(text)?.groups).find((groups) => groups !== undefined);
  const time = parts ? toTime(parts) : Date.parse(text);
  return Number.isNaN(time) ? undefined : time;
}
