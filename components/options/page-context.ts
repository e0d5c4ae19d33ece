import { ComebackDb } from '@/storage/db';

let shared: ComebackDb | undefined;

/** The options page's one read connection to the database, opened on first use and shared by its sections. */
export function optionsDb(): ComebackDb {
  shared ??= new ComebackDb();
  return shared;
}

/** The page's language, set from the browser's UI language when the page starts; for dates and numbers. */
export function pageLocale(doc: Document = document): string {
  return doc.documentElement.lang || 'en';
}
