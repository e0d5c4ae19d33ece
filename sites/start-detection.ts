import { detect } from '@/detector';
import { send } from '@/messaging/send';
import type { Source } from '@/storage/types';
import { offerNotice } from './offer-notice';
import { createPipeline, type OpenMessage } from './pipeline';

/** A site adapter's watcher: hands over newly opened messages until the returned function stops it. */
export type Watch = (onMessages: (messages: OpenMessage[]) => void) => () => void;

/**
 * The wiring every content script shares: watch the site, judge what opens, report rejections to the background
 * and offer the notice for new ones. Returns the function that stops it all.
 */
export function startDetection(source: Source, doc: Document, watch: Watch): () => void {
  const run = createPipeline({
    source,
    detect,
    report: (report) => send('reportRejection', report),
    onNewRejection: (rejection) => offerNotice(doc, rejection),
  });
  return watch((messages) => void run(messages));
}
