import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchLinkedIn } from '@/sites/linkedin/watcher';
import { SITES } from '@/sites/registry';
import { runOnSite } from '@/sites/run';
import { startDetection } from '@/sites/start-detection';

export default defineContentScript({
  matches: [...SITES.linkedin.matches],
  runAt: 'document_idle',
  main(ctx) {
    runOnSite('linkedin', ctx, window, (onHealth) =>
      startDetection('linkedin', document, onHealth, (callbacks) =>
        watchLinkedIn({ doc: document, win: window, ...callbacks }),
      ),
    ).catch((error: unknown) => console.debug('Comeback could not start on this page', error));
  },
});
