import type { MailInput } from '../detector/types';

const FIELD = /^(from|subject):[ \t]*(.*)$/i;

/** A `.txt` message: optional `From:`/`Subject:` lines at the top, a blank line after them if any, then the body. */
export function parseTxtMessage(text: string): MailInput {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const mail: MailInput = { from: '', subject: '', text: '' };
  let start = 0;
  for (; start < lines.length; start += 1) {
    const match = FIELD.exec(lines[start] ?? '');
    if (!match) break;
    const value = (match[2] ?? '').trim();
    if (match[1]?.toLowerCase() === 'from') mail.from = value;
    else mail.subject = value;
  }
  if (start > 0 && lines[start]?.trim() === '') start += 1;
  mail.text = lines.slice(start).join('\n');
  return mail;
}
