/** The mail formats the classify CLI reads, known by file extension or, for standard input, by content. */
export type MailFormat = 'eml' | 'mbox' | 'txt' | 'jsonl';

const EXTENSIONS: Record<string, MailFormat> = { eml: 'eml', mbox: 'mbox', txt: 'txt', jsonl: 'jsonl' };

const HEADER_FIELD = /^([!-9;-~]+):/;
const FOLDED = /^[ \t]/;
/** The fields a `.txt` message may open with: a header block holding only these reads the same either way. */
const TXT_FIELDS = new Set(['from', 'subject']);

export function formatOfPath(path: string): MailFormat | undefined {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? undefined : EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}

/** Whether the text opens with an RFC 822 header block that has more than the From/Subject a `.txt` allows. */
function hasMailHeaders(lines: readonly string[]): boolean {
  let other = false;
  for (const [i, line] of lines.entries()) {
    if (line === '') return i > 0 && other;
    if (i > 0 && FOLDED.test(line)) continue;
    const field = HEADER_FIELD.exec(line)?.[1];
    if (!field) return false;
    if (!TXT_FIELDS.has(field.toLowerCase())) other = true;
  }
  return other;
}

/** Guesses the format from the start of the input (a few KB are plenty). */
export function sniffFormat(head: string): MailFormat {
  const text = head.replace(/^\uFEFF/, '');
  if (text.startsWith('From ')) return 'mbox';
  if (text.trimStart().startsWith('{')) return 'jsonl';
  return hasMailHeaders(text.split(/\r?\n/)) ? 'eml' : 'txt';
}
