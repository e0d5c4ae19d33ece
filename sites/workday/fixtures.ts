import type { StatusFixture } from '@/sites/status/load-fixture';

const dir = import.meta.dirname;

/** Saved candidate home pages, with the addresses they were seen at. */
export const WORKDAY_PAGES = {
  /** "Inactive" applications in the list layout marked with `data-automation-id`. */
  list: { dir, name: 'candidate-home', url: 'https://acme.wd5.myworkdayjobs.com/en-US/External/userHome' },
  /** "Active" applications in a table without automation ids, on a career site titled without its employer. */
  table: {
    dir,
    name: 'candidate-home-table',
    url: 'https://contoso.wd3.myworkdayjobs.com/en-US/Careers/userHome',
  },
  /** Candidate home inside the Workday app, at an address that says nothing of it: only its heading does. */
  app: {
    dir,
    name: 'candidate-home-myworkday',
    url: 'https://wd5.myworkday.com/tailwind_traders/d/task/2997$9490.htmld',
  },
} satisfies Record<string, StatusFixture>;
