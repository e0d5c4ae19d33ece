import { EXCERPT_MAX_LENGTH } from './defaults';

/**
 * Trims the excerpt to its budget on a word boundary, so nothing long is ever stored. Free of the database, so
 * a content script can clip what it reports without carrying storage code.
 */
export function clipExcerpt(text: string, max = EXCERPT_MAX_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
