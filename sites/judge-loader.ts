import type { Judge } from './pipeline';
import { sharedUntilFailure } from './shared-load';

/**
 * The judge, loaded the first time a message needs one: the detector's worker, which keeps judging off the page's
 * main thread, when the page lets it start; otherwise the detector beside the content script, which also takes over
 * should the worker stop, unless the content script itself stopped (`stopped`). A page that refused the worker once
 * is not asked again; a failed load of the other is forgotten, so the next message tries again.
 */
export function onDemandJudge(
  inWorker: () => Promise<Judge>,
  inPage: () => Promise<Judge>,
  stopped?: AbortSignal,
): () => Promise<Judge> {
  let workerFailed = false;
  const giveUpOnWorker = (error: unknown) => {
    // A worker ended because the content script stopped leaves nothing to take over.
    if (stopped?.aborted) throw error;
    workerFailed = true;
    console.debug('Comeback judges messages beside its content script here: its worker could not run', error);
  };
  return sharedUntilFailure(async () => {
    if (workerFailed) return inPage();
    let viaWorker: Judge;
    try {
      viaWorker = await inWorker();
    } catch (error) {
      giveUpOnWorker(error);
      return inPage();
    }
    return async (mails) => {
      if (!workerFailed) {
        try {
          return await viaWorker(mails);
        } catch (error) {
          giveUpOnWorker(error);
        }
      }
      return (await inPage())(mails);
    };
  });
}
