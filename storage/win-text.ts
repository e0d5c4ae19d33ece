/** A bullet, a number or a letter that starts a list item: "- ", "• ", "3. ", "(2) ", "b) ". */
const LIST_MARKER = /^(?:[-*+•·‣◦▪▫●○■□–—>]+|\(?\d{1,3}[.):]|\([a-z]\)|[a-z]\))(?=\s|$)\s*/iu;
/** A task-list box after the marker: "[ ] ", "[x] ". */
const CHECKBOX = /^\[[ x✓✔]?\]\s*/iu;

/** What two wins are compared by: "Shipped the app." and "shipped  the app" are the same win. */
export function foldWinText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/u, '');
}

/** One pasted line as a win: list markers stripped, whitespace collapsed; empty when nothing is left. */
export function cleanWinLine(line: string): string {
  return line.trim().replace(LIST_MARKER, '').replace(CHECKBOX, '').replace(/\s+/g, ' ').trim();
}

export interface PastedWins {
  /** The wins to add, in the pasted order. */
  toAdd: string[];
  /** Lines skipped because they repeat a saved win or an earlier line. */
  repeated: number;
}

/** Reads a pasted list, one win per line: blanks are dropped, repeats (of each other or of saved wins) skipped. */
export function parsePastedWins(text: string, saved: readonly string[]): PastedWins {
  const seen = new Set(saved.map(foldWinText));
  const toAdd: string[] = [];
  let repeated = 0;
  for (const line of text.split(/\r?\n|\r/)) {
    const win = cleanWinLine(line);
    if (!win) continue;
    const folded = foldWinText(win);
    if (seen.has(folded)) {
      repeated += 1;
      continue;
    }
    seen.add(folded);
    toAdd.push(win);
  }
  return { toAdd, repeated };
}

/** A tag as kept: trimmed, without a leading "#", at most 40 characters. */
export function cleanTag(tag: string): string {
  return tag
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^#+\s*/, '')
    .slice(0, 40)
    .trim();
}

/** Tags as kept on a win: cleaned, empty ones dropped, repeats (in any case) kept once, first spelling wins. */
export function cleanTags(tags: readonly string[]): string[] {
  const kept = new Map<string, string>();
  for (const tag of tags.map(cleanTag)) {
    const key = tag.toLowerCase();
    if (tag && !kept.has(key)) kept.set(key, tag);
  }
  return [...kept.values()];
}
