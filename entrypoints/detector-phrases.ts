import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { en } from '@/detector/phrases/en';
import { exposePhraseSets } from '@/sites/detector-loader';

/**
 * The English phrase tables, a file of their own: the background adds it to a mail frame before the other
 * languages' tables (`entrypoints/detector-phrases-*.ts`) and the detector file (`entrypoints/detector.ts`), so
 * that evaluating each is a task of its own on the page's main thread. English comes first: it wins ties.
 */
export default defineUnlistedScript(() => {
  exposePhraseSets(globalThis, [en]);
});
