import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extracting } from '@/detector/extract';
import { LAZY_PATTERNS } from '@/detector/lazy';
import { exposeExtractor } from '@/sites/detector-loader';

/**
 * What reads company, role and recruiter out of a rejection, half of the detector's code: a file of its own, added
 * to a mail frame before the detector file (`entrypoints/detector.ts`) and evaluated in a task of its own. Its
 * regexes built on first use are offered to the page's warm-up.
 */
export default defineUnlistedScript(() => {
  exposeExtractor(globalThis, { extracting, patterns: LAZY_PATTERNS });
});
