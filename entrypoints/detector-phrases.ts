import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PHRASE_SETS } from '@/detector/phrases';
import { exposePhraseSets } from '@/sites/detector-loader';

/**
 * The detector's phrase tables, a file of their own: the background adds it to a mail frame just before the
 * detector file (`entrypoints/detector.ts`), so that evaluating the two is two tasks of the page's main thread
 * rather than one twice as long.
 */
export default defineUnlistedScript(() => {
  exposePhraseSets(globalThis, PHRASE_SETS);
});
