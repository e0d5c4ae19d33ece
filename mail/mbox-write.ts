/**
 * Writes messages as one mboxrd mailbox: a `From ` separator before each, body lines that could be read as a
 * separator (`>*From `) escaped with one more `>`, and a blank line after each message. The inverse of
 * `createMboxSplitter`.
 */
// Only `\n` starts a line for the splitter, so `^` with the `m` flag (which also fires after `\r`) would not do.
const NEEDS_ESCAPE = /(^|\n)(>*From )/g;

export function toMboxrd(messages: readonly string[], sender = 'MAILER-DAEMON'): string {
  return messages
    .map((raw) => {
      const body = raw.replace(NEEDS_ESCAPE, '$1>$2');
      const newline = body.includes('\r\n') ? '\r\n' : '\n';
      const end = body === '' || body.endsWith('\n') ? '' : newline;
      return `From ${sender} Thu Jan  1 00:00:00 2026${newline}${body}${end}${newline}`;
    })
    .join('');
}
