import type { MailInput } from '../detector/types';

export interface JsonlMessage {
  id?: string;
  input: MailInput;
}

const TEXT_FIELDS = ['from', 'subject', 'body', 'html'] as const;

/**
 * One `.jsonl` line: an object with optional `id`, `from`, `subject`, and `body` or `html`. Other keys (a corpus
 * line's `expect`, say) are ignored. Throws an Error saying what is wrong with the line.
 */
export function parseJsonlLine(line: string): JsonlMessage {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('a line must be a JSON object');
  }
  const record = value as Record<string, unknown>;
  for (const key of TEXT_FIELDS) {
    if (record[key] !== undefined && typeof record[key] !== 'string')
      throw new Error(`"${key}" must be a string`);
  }
  if (record.body === undefined && record.html === undefined) throw new Error('needs a "body" or an "html"');
  const { id } = record;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    throw new Error('"id" must be a string or a number');
  }
  const input: MailInput = {
    from: (record.from as string | undefined) ?? '',
    subject: (record.subject as string | undefined) ?? '',
    text: (record.body as string | undefined) ?? '',
  };
  if (typeof record.html === 'string') input.html = record.html;
  return id === undefined ? { input } : { id: String(id), input };
}
