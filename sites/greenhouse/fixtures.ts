import type { StatusFixture } from '@/sites/status/load-fixture';

const dir = import.meta.dirname;

/** Saved MyGreenhouse pages, with the addresses they were seen at. */
export const GREENHOUSE_PAGES = {
  /** Cards with descriptive class names. */
  cards: { dir, name: 'applications', url: 'https://my.greenhouse.io/applications' },
  /** Generated class names only; one job lives on the employer's own site (`gh_jid`). */
  generated: { dir, name: 'applications-newer', url: 'https://my.greenhouse.io/applications' },
} satisfies Record<string, StatusFixture>;
