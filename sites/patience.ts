/** How long a page may go without the element an adapter watches before the site counts as changed. */
export const PATIENCE_MS = 10_000;

/** Whether `doc` is at an address `accepts` likes. Documents without a window (parsed, saved) have no address. */
export function isAt(doc: Document, accepts: (url: URL) => boolean): boolean {
  const location: Location | null = doc.location;
  return location !== null && accepts(new URL(location.href));
}

export interface PatienceOptions {
  /** Addresses where the element belongs: elsewhere its absence is normal. */
  belongsAt: (url: URL) => boolean;
  patienceMs: number;
  /** Runs once per watch when the element was never found and stayed missing for `patienceMs` where it belongs. */
  onMissing: () => void;
}

/**
 * Wraps the finder a watcher runs on every poll and navigation, so that an element that never shows where it
 * belongs is noticed: a site whose markup changed would otherwise look "not seen yet" forever. Once the element
 * was found, its absence later (an empty tab, a closed message) is normal and no longer counted.
 */
export function withPatience<Found>(
  find: (doc: Document) => Found | undefined,
  { belongsAt, patienceMs, onMissing }: PatienceOptions,
): (doc: Document) => Found | undefined {
  /** The element was found, or its absence already counted: either way there is nothing more to notice. */
  let judged = false;
  let missingSince: number | undefined;
  return (doc) => {
    const found = find(doc);
    if (found !== undefined) judged = true;
    if (judged || !isAt(doc, belongsAt)) {
      missingSince = undefined;
      return found;
    }
    missingSince ??= Date.now();
    if (Date.now() - missingSince >= patienceMs) {
      judged = true;
      onMissing();
    }
    return found;
  };
}
