/** A field as it should be shown: whitespace collapsed, and `undefined` when nothing is left. */
export function tidy(text: string | undefined): string | undefined {
  const flat = text?.replace(/\s+/g, ' ').trim();
  return flat || undefined;
}
