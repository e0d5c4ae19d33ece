/**
 * A stable id made from what a message shows (sender, subject, date, the start of its text), for pages that give
 * a message no id of its own that stays the same wherever and however often it is opened. Not cryptographic: it
 * only has to tell one person's messages apart. 64 bits from two mixed 32-bit lanes (cyrb53's mixing).
 */
export function fingerprint(parts: readonly string[]): string {
  // Parts are tidied so that markup whitespace never changes the id, and kept apart so ['ab', 'c'] ≠ ['a', 'bc'].
  const input = parts.map((part) => part.replace(/\s+/g, ' ').trim()).join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
  return `${hex(h2)}${hex(h1)}`;
}
