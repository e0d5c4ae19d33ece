interface Site {
  kind: 'mail' | 'status';
  matches: readonly string[];
  /** Where a single-page site is read, when the script must run on more of it to be there when the user is. */
  path?: string;
}

/**
 * Every site Comeback reads, with the pages its content script runs on. Named hosts only: these patterns are
 * also the extension's whole reach into the web.
 */
export const SITES = {
  gmail: { kind: 'mail', matches: ['https://mail.google.com/*'] },
  outlook: {
    kind: 'mail',
    matches: [
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ],
  },
  linkedin: {
    kind: 'mail',
    // LinkedIn moves from the feed into messaging without a page load, where no content script would be added:
    // the script runs on every page of LinkedIn and reads only under `path`.
    matches: ['https://www.linkedin.com/*'],
    path: '/messaging/',
  },
  indeed: { kind: 'status', matches: ['https://myjobs.indeed.com/*'] },
  workday: {
    kind: 'status',
    matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*', 'https://*.myworkday.com/*'],
  },
  greenhouse: { kind: 'status', matches: ['https://my.greenhouse.io/*'] },
} as const satisfies Record<string, Site>;

export type SiteId = keyof typeof SITES;

export const SITE_IDS = Object.keys(SITES) as SiteId[];
