import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectorFor } from '@/detector/judge';
import { warmUpSteps } from '@/detector/warm-up';
import { exposeDetector, exposedExtractor, exposedPhraseSets } from '@/sites/detector-loader';

/**
 * The detector, kept out of the mail content scripts so they stay small: the background adds this file to a mail
 * page's frame, in the extension's isolated world, the first time a message there is opened
 * (`sites/detector-loader.ts`), after the files holding its phrase tables and its extraction. It only leaves the
 * detector where that frame's content script looks for it, in its form for pages: in steps, reading details only
 * from rejections (`detectRejectionInSteps`), with the steps that prepare its first judgement.
 */
export default defineUnlistedScript(() => {
  // Without the files added before (`entrypoints/detector-phrases*.ts`, `entrypoints/detector-extract.ts`) there is
  // no detector, and the content script counts the load as failed.
  const sets = exposedPhraseSets(globalThis);
  const extractor = exposedExtractor(globalThis);
  if (!sets || !extractor) return;
  const { detectRejectionInSteps } = detectorFor(sets, { extracting: extractor.extracting });
  exposeDetector(globalThis, {
    judge: detectRejectionInSteps,
    warmUp: (input) => warmUpSteps(input, sets, extractor.patterns),
  });
});
