/**
 * One raw RFC 822 / MIME message to the fields the detector reads. postal-mime does the decoding (multipart,
 * quoted-printable, base64, charsets, RFC 2047 encoded words); this module only picks what matters and refuses
 * input that did not decode to anything readable, so callers can tell the user instead of judging garbage.
 */
import PostalMime, { type Address } from 'postal-mime';
import type { MailInput } from '../detector/types';

export interface ParsedMail {
  /** The Message-ID without its angle brackets. */
  id?: string;
  /** `Display Name <address>`, or the bare address. */
  from: string;
  subject: string;
  /** The text/plain body; empty when the message only has HTML. */
  text: string;
  /** The HTML body, set only when there is no text/plain one (the detector strips tags itself). */
  html?: string;
  /** ISO 8601 when the Date header parses, else the header as written. */
  date?: string;
}

/** Share of replacement or control characters beyond which a body counts as undecodable. */
const GARBLED_SHARE = 0.05;
/** Below this many bad characters a body is never called undecodable: a stray one is common in real mail. */
const GARBLED_MIN = 8;
// Characters a decoded text body never holds on purpose: U+FFFD marks bytes that did not fit the charset.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const GARBLED = /[\uFFFD\u0000-\u0008\u000E-\u001F]/g;

function formatAddress(address: Address | undefined): string {
  if (!address) return '';
  const mailbox = address.group ? address.group[0] : address;
  const name = (mailbox?.name || address.name).trim();
  const email = mailbox?.address ?? '';
  if (!email) return name;
  return name ? `${name} <${email}>` : email;
}

function garbled(text: string): boolean {
  const bad = text.match(GARBLED)?.length ?? 0;
  return bad >= GARBLED_MIN && bad > text.length * GARBLED_SHARE;
}

/** Parses one raw message. Rejects with a readable Error when the input cannot be decoded. */
export async function parseRawMessage(raw: string | ArrayBuffer): Promise<ParsedMail> {
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  if (size === 0) throw new Error('empty message');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    throw new Error(`cannot decode message: ${error instanceof Error ? error.message : String(error)}`);
  }
  const from = formatAddress(email.from);
  const subject = email.subject ?? '';
  const text = email.text ?? '';
  const html = text.trim() ? undefined : email.html;
  if (!from && !subject && !text.trim() && !html?.trim()) {
    throw new Error('not a mail message: no From, Subject or body found');
  }
  if (garbled(text) || (html !== undefined && garbled(html))) {
    throw new Error('the body could not be decoded (broken charset or transfer encoding)');
  }
  const parsed: ParsedMail = { from, subject, text: html === undefined ? text : '' };
  const id = email.messageId?.trim().replace(/^<(.*)>$/, '$1');
  if (id) parsed.id = id;
  if (html !== undefined) parsed.html = html;
  if (email.date) parsed.date = email.date;
  return parsed;
}

export function toMailInput(parsed: ParsedMail): MailInput {
  const input: MailInput = { from: parsed.from, subject: parsed.subject, text: parsed.text };
  if (parsed.html !== undefined) input.html = parsed.html;
  return input;
}
