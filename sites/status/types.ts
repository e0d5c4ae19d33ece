import type { Field } from '@/sites/fallbacks';

/** One application as a candidate status page lists it. */
export interface StatusRow {
  /** Stable across visits: the page's own id or address for the application, else a hash of company and role. */
  applicationId: string;
  company: string;
  role?: string;
  /** The status as the page shows it, e.g. "Not selected by employer". */
  status: string;
  /** When the candidate applied (ms since epoch), where the page gives a machine-readable date. */
  appliedAt?: number;
}

/** Where a status page keeps each part of its list of applications, best guess first. */
export interface StatusFields {
  /** The list of applications, observed for changes; its long absence on the status page is a miss. */
  list: Field<Document, Element>;
  rows: Field<Element, Element[]>;
  /** The employer; may be read from the page around the row when the whole page belongs to one employer. */
  company: Field<Element, string>;
  role: Field<Element, string>;
  status: Field<Element, string>;
  applicationId: Field<Element, string>;
  appliedAt: Field<Element, number>;
}

export type StatusField = keyof StatusFields;

export interface StatusRead {
  rows: StatusRow[];
  /** Parts every probe failed to find, for health counts: a sign the site's markup changed. */
  misses: StatusField[];
}
