import type { MailInput, Verdict } from '@/detector/types';
import type { Detector } from './detector-loader';
import type { Judge } from './pipeline';
import { breather } from './slices';

/**
 * A judge running the detector beside the content script, on the page's main thread, for pages that will not have
 * its worker. Preparing the detector for a message and judging it both run in steps, and the page gets its thread
 * back whenever a slice is used up (`./slices.ts`), so no task of ours runs long.
 */
export function judgeInSlices(detector: Detector, clock?: () => number, pause?: () => Promise<void>): Judge {
  const breathe = breather(clock, pause);
  const judgeOne = async (mail: MailInput): Promise<Verdict> => {
    try {
      for (const step of detector.warmUp(mail)) {
        step();
        await breathe();
      }
    } catch (error) {
      // Preparing is only for speed: judging builds whatever it lacks.
      console.debug('Comeback could not prepare its detector', error);
    }
    const steps = detector.judge(mail);
    let step = steps.next();
    while (!step.done) {
      await breathe();
      step = steps.next();
    }
    return step.value;
  };
  return async (mails) => {
    const verdicts: Verdict[] = [];
    for (const mail of mails) verdicts.push(await judgeOne(mail));
    return verdicts;
  };
}
