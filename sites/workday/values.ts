/**
 * Workday serves each employer ("tenant") at its own address: `acme.wd5.myworkdayjobs.com` for career sites
 * and candidate home, `wd3.myworkdaysite.com/recruiting/acme/…` for the same on Workday's shared host, and
 * `wd5.myworkday.com/acme/…` (or `…/recruiting/acme/…`) for the Workday app itself.
 */
export function tenantOf(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.myworkdayjobs.com')) return host.split('.')[0] || undefined;
  if (!host.endsWith('.myworkdaysite.com') && !host.endsWith('.myworkday.com')) return undefined;
  const [first, second] = url.pathname.split('/').slice(1);
  if (first?.toLowerCase() === 'recruiting') return second || undefined;
  return host.endsWith('.myworkday.com') ? first || undefined : undefined;
}

/** A tenant as a name: `tailwind_traders` → "Tailwind Traders". Tenants are lower case, so this is a best guess. */
export function tenantName(tenant: string): string {
  return tenant
    .split(/[-_.]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

const CAREERS_AT = /^(?:careers?|jobs?)\s+(?:at|@|with)\s+(.+)$/i;
const NAME_CAREERS = /^(.+?)\s+careers?(?:\s+site)?$/i;
/** Names a career site gives itself that are not the employer's. */
const GENERIC = /^(?:external|internal|candidate|candidate home|my|workday|search|the)$/i;

/**
 * The employer's name in a career site's title, such as "Candidate Home | Acme Robotics Careers" or
 * "Careers at Acme Robotics"; undefined when no part of the title names one.
 */
export function companyFromTitle(title: string): string | undefined {
  for (const part of title.split(/\s+[|–—-]\s+/)) {
    const name = (CAREERS_AT.exec(part.trim()) ?? NAME_CAREERS.exec(part.trim()))?.[1]?.trim();
    if (name && !GENERIC.test(name)) return name;
  }
  return undefined;
}

/**
 * A job's requisition id in its address, `…/job/Berlin/Senior-Product-Designer_R-10421` → `R-10421`; the job's
 * own path when it has none.
 */
export function requisitionFromJobPath(href: string): string | undefined {
  const path = new URL(href, 'https://workday.invalid').pathname;
  const job = /\/job\/(.+)$/.exec(path)?.[1];
  if (!job) return undefined;
  const last = job.split('/').at(-1) ?? '';
  return /_([A-Za-z0-9-]+)$/.exec(last)?.[1] ?? job;
}
