/** Escapes standing for one character, and that character. */
const ESCAPED: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', 0: '\0' };

/** The character an escape (`\n`, `\u2019`, `\.`) stands for; undefined for a class such as `\s`. */
export function decode(sequence: string): string | undefined {
  const kind = sequence[1] as string;
  if (kind === 'u' && sequence[2] === '{')
    return String.fromCodePoint(Number.parseInt(sequence.slice(3, -1), 16));
  if ((kind === 'u' || kind === 'x') && sequence.length > 2)
    return String.fromCharCode(Number.parseInt(sequence.slice(2), 16));
  if (sequence.length !== 2) return undefined;
  if (kind in ESCAPED) return ESCAPED[kind];
  return /[^\dA-Za-z]/.test(kind) ? kind : undefined;
}
