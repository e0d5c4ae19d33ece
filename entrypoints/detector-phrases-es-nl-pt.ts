import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { es } from '@/detector/phrases/es';
import { nl } from '@/detector/phrases/nl';
import { pt } from '@/detector/phrases/pt';
import { exposePhraseSets } from '@/sites/detector-loader';

/** Spanish, Dutch and Portuguese phrase tables, after German and French, in a task of their own. */
export default defineUnlistedScript(() => {
  exposePhraseSets(globalThis, [es, nl, pt]);
});
