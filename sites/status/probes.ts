import { element, type Probe } from '@/sites/fallbacks';
import { readableText } from '@/sites/text';
import { isDeclined, statusFit } from './vocabulary';

/** Containers that hold one application each, and lists of them, as any list-shaped markup draws them. */
const ROW = 'li, tr, [role="row"], [role="listitem"], article';
const LIST = 'ul, ol, table, [role="list"], [role="table"], [role="grid"]';
/** Choices the user could pick (a "set your status" menu), which say nothing about the current status. */
const CHOICES = 'select, option, [role="menu"], [role="menuitem"], [role="option"], [role="listbox"]';
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';

/** What a reader sees in an element, on one line; empty counts as missing. */
function lineOf(found: Element): string | undefined {
  return readableText(found).replace(/\s+/g, ' ').trim() || undefined;
}

/** The visible text of the first match (or of the scope itself when it matches). */
export function text(selector: string): Probe<ParentNode, string> {
  const find = element(selector);
  return {
    via: `${selector} text`,
    read: (scope) => {
      const found = find.read(scope);
      return found && lineOf(found);
    },
  };
}

/** The element's own words, without those of the elements inside it (an icon, a date in its own span). */
function ownWords(found: Element): string {
  let words = '';
  for (const node of found.childNodes) if (node.nodeType === 3) words += node.nodeValue ?? '';
  return words.replace(/\s+/g, ' ').trim();
}

/**
 * The row's status found by its wording alone, for markup that names nothing: a visible label that is a status
 * word as a whole. A row may also say when the candidate applied ("Applied 3 days ago"), so a decision comes
 * first, then a label that is nothing but a status, then the first one found.
 */
export const statusWords: Probe<Element, string> = {
  via: 'status wording',
  read: (row) => {
    const labels = Array.from(row.querySelectorAll('*'))
      .filter((each) => !each.closest(CHOICES) && !each.closest(HIDDEN))
      .map((each) => ({ each, words: ownWords(each) }))
      .map((label) => ({ ...label, fit: statusFit(label.words) }))
      .filter((label) => label.fit !== undefined);
    const label =
      labels.find(({ words }) => isDeclined(words)) ?? labels.find(({ fit }) => fit === 'exact') ?? labels[0];
    return label && lineOf(label.each);
  },
};

/** One row per link to an application's job: the list item, table row or card around each. */
export function rowsAround(link: string): Probe<Element, Element[]> {
  return {
    via: `${ROW} around ${link}`,
    read: (list) => {
      const rows = new Set<Element>();
      for (const each of list.querySelectorAll(link)) {
        const row = each.closest(ROW);
        if (row && list.contains(row) && row !== list) rows.add(row);
      }
      return rows.size > 0 ? [...rows] : undefined;
    },
  };
}

/** The list around the first link to an application's job. */
export function listAround(link: string): Probe<Document, Element> {
  return {
    via: `${LIST} around ${link}`,
    read: (doc) => doc.querySelector(link)?.closest(LIST) ?? undefined,
  };
}

/** A machine-readable date (`<time datetime="2024-03-05">`) as ms since the epoch. */
export function parseDateTime(raw: string): number | undefined {
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : time;
}
