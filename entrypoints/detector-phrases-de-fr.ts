import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { de } from '@/detector/phrases/de';
import { fr } from '@/detector/phrases/fr';
import { exposePhraseSets } from '@/sites/detector-loader';

/** German and French phrase tables, after English's (`entrypoints/detector-phrases.ts`), in a task of their own. */
export default defineUnlistedScript(() => {
  exposePhraseSets(globalThis, [de, fr]);
});
