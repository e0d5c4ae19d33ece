import { extracting } from './extract';
import { detectorFor } from './judge';
import { PHRASE_SETS } from './phrases';
import { narrowedTo } from './phrases/gate';

export { readMail } from './judge';
export type { MailInput, MailKind, Verdict } from './types';

/** The detector with the phrase tables of all six languages, narrowed to each message. */
export const { detect, detectRejection, detectRejectionInSteps } = detectorFor(PHRASE_SETS, {
  extracting,
  narrowing: narrowedTo,
});
