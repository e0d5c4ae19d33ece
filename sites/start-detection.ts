import { send } from '@/messaging/send';
import type { Source } from '@/storage/types';
import { onDemandDetector } from './detector-loader';
import type { AdapterHealth } from './health';
import { judgeInSlices } from './in-page-judge';
import { onDemandJudge } from './judge-loader';
import { offerNotice, offerStorageFullNotice } from './offer-notice';
import { createPipeline, type OpenMessage } from './pipeline';
import { detectorWorker, type WorkerScope } from './worker-judge';

/** Where a site adapter's watcher hands over newly opened messages and its health counts. */
export interface WatchCallbacks {
  onMessages(messages: OpenMessage[]): void;
  onHealth(health: AdapterHealth): void;
}

/** A site adapter's watcher, running until the returned function stops it. */
export type Watch = (callbacks: WatchCallbacks) => () => void;

/**
 * The wiring every mail content script shares: watch the site, judge what opens, report rejections to the
 * background and offer the notice for new ones. The detector is not part of the content script: it starts as a
 * worker of the page, or is added beside the script, when the first message opens (`./judge-loader.ts`). A load that
 * fails counts as an error in the adapter's health, so the options page says detection may miss. Returns the
 * function that stops it all, the worker with it.
 */
export function startDetection(
  source: Source,
  doc: Document,
  onHealth: (health: AdapterHealth) => void,
  watch: Watch,
): () => void {
  let watched: AdapterHealth = { read: 0, missed: 0, errors: 0 };
  let detectorMissing = 0;
  const reportHealth = () => onHealth({ ...watched, errors: watched.errors + detectorMissing });

  const stopping = new AbortController();
  const inPage = onDemandDetector(globalThis, () => send('loadDetector', null));
  const run = createPipeline({
    source,
    loadJudge: onDemandJudge(
      async () =>
        detectorWorker(
          (await send('detectorWorkerSource', null)).source,
          globalThis as WorkerScope,
          stopping.signal,
        ),
      async () => judgeInSlices(await inPage()),
      stopping.signal,
    ),
    onDetectorMissing: (error) => {
      if (stopping.signal.aborted) return;
      console.debug('Comeback could not load its detector on this page', error);
      detectorMissing += 1;
      reportHealth();
    },
    report: (report) => send('reportRejection', report),
    onNewRejection: (rejection) => offerNotice(doc, rejection),
    onStorageFull: (company) => offerStorageFullNotice(doc, company),
  });
  const stopWatching = watch({
    onMessages: (messages) => void run(messages),
    onHealth: (health) => {
      watched = health;
      reportHealth();
    },
  });
  return () => {
    stopWatching();
    // The detector's worker, if it started, ends with the script that started it.
    stopping.abort();
  };
}
