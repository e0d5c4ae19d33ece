/**
 * Builds raw RFC 822 messages, as a mail server stores them, for tests that read mailboxes: headers with
 * RFC 2047 encoded words where they are not ASCII, a UTF-8 body in base64, CRLF line breaks. No Node-only APIs,
 * so unit tests, component tests and end-to-end tests can all use it.
 */
export interface RawMailFields {
  from: string;
  subject: string;
  text?: string;
  html?: string;
  /** Without angle brackets; the header is left out when absent. */
  messageId?: string;
  date?: Date;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function encodeWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${base64(text)}?=`;
}

/** `Name <address>` with the name encoded or quoted as the header needs. */
function addressHeader(from: string): string {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(from.trim());
  if (!match) return from;
  const [, name = '', address] = match;
  if (!name) return `<${address}>`;
  const shown = /^[\x20-\x7e]*$/.test(name)
    ? /[(),.:;<>@[\\\]"]/.test(name)
      ? `"${name.replace(/["\\]/g, '\\$&')}"`
      : name
    : encodeWord(name);
  return `${shown} <${address}>`;
}

export function rawMessage(fields: RawMailFields): string {
  const html = fields.text === undefined && fields.html !== undefined;
  const body = base64((html ? fields.html : fields.text) ?? '').replace(/.{76}/g, '$&\r\n');
  const headers = [
    `From: ${addressHeader(fields.from)}`,
    'To: Sam Candidate <sam@example.org>',
    `Subject: ${encodeWord(fields.subject)}`,
    `Date: ${(fields.date ?? new Date(Date.UTC(2025, 0, 15, 9))).toUTCString()}`,
    ...(fields.messageId ? [`Message-ID: <${fields.messageId}>`] : []),
    'MIME-Version: 1.0',
    `Content-Type: text/${html ? 'html' : 'plain'}; charset=utf-8`,
    'Content-Transfer-Encoding: base64',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
}
