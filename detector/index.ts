import { detectorFor } from './judge';
import { PHRASE_SETS } from './phrases';

export { readMail } from './judge';
export type { MailInput, MailKind, Verdict } from './types';

/** The detector with the phrase tables of all six languages. */
export const { detect, detectRejection, detectRejectionInSteps } = detectorFor(PHRASE_SETS);
