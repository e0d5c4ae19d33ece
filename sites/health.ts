/** What an adapter counts while it watches a page, cumulative since the page loaded. */
export interface AdapterHealth {
  /** Messages (or status rows) read. */
  read: number;
  /** Reads in which an element the adapter expects was not found: a sign the site's markup changed. */
  missed: number;
  /** Errors caught while reading the page. */
  errors: number;
}

export const NO_HEALTH: AdapterHealth = { read: 0, missed: 0, errors: 0 };

/** The change between two cumulative counts, for reporting only what is new. */
export function healthDelta(now: AdapterHealth, before: AdapterHealth): AdapterHealth {
  return {
    read: now.read - before.read,
    missed: now.missed - before.missed,
    errors: now.errors - before.errors,
  };
}

/** Two cumulative counts added up: those of a watch that ended, and those of the one that followed it. */
export function healthSum(one: AdapterHealth, other: AdapterHealth): AdapterHealth {
  return {
    read: one.read + other.read,
    missed: one.missed + other.missed,
    errors: one.errors + other.errors,
  };
}
