import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extracting } from '@/detector/extract';
import { detectorFor } from '@/detector/judge';
import { PHRASE_SETS } from '@/detector/phrases';
import { serveJudgements } from '@/sites/worker-judge';

/**
 * The whole detector in one file, for the worker a mail content script starts in its own page
 * (`sites/worker-judge.ts`): there evaluating it and judging take none of the page's main thread. It reads details
 * only from rejections, as the page needs no more.
 */
export default defineUnlistedScript(() => {
  const { detectRejection } = detectorFor(PHRASE_SETS, { extracting });
  serveJudgements(globalThis as unknown as Parameters<typeof serveJudgements>[0], detectRejection);
});
