import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchOutlook } from '@/sites/outlook/watcher';
import { SITES } from '@/sites/registry';
import { runOnSite } from '@/sites/run';
import { startDetection } from '@/sites/start-detection';

export default defineContentScript({
  matches: [...SITES.outlook.matches],
  runAt: 'document_idle',
  main(ctx) {
    runOnSite('outlook', ctx, window, (onHealth) =>
      startDetection('outlook', document, onHealth, (callbacks) =>
        watchOutlook({ doc: document, win: window, ...callbacks }),
      ),
    ).catch((error: unknown) => console.debug('Comeback could not start on this page', error));
  },
});
