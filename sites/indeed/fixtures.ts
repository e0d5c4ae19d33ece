import type { StatusFixture } from '@/sites/status/load-fixture';

const dir = import.meta.dirname;

/** Saved "My jobs" pages, with the addresses they were seen at. */
export const INDEED_PAGES = {
  /** Cards with test ids and job keys, and a hidden "Update status" menu in the first card. */
  cards: { dir, name: 'applied', url: 'https://myjobs.indeed.com/applied' },
  /** A list with generated class names only: links to jobs and companies, and the status wording. */
  list: { dir, name: 'applied-newer', url: 'https://myjobs.indeed.com/applied' },
} satisfies Record<string, StatusFixture>;
