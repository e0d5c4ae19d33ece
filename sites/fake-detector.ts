import type { MailInput, Verdict } from '@/detector/types';
import type { Detector } from './detector-loader';

/** A detector for tests: `decide` judges each message after a pause; nothing to prepare unless `warmUp` says. */
export function fakeDetector(
  decide: (input: MailInput) => Verdict,
  warmUp: Detector['warmUp'] = () => [],
): Detector {
  return {
    *judge(input) {
      yield;
      return decide(input);
    },
    warmUp,
  };
}
