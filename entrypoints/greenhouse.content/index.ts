import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchGreenhouse } from '@/sites/greenhouse/watcher';
import { SITES } from '@/sites/registry';
import { runOnSite } from '@/sites/run';
import { startStatusDetection } from '@/sites/status/start';

export default defineContentScript({
  matches: [...SITES.greenhouse.matches],
  runAt: 'document_idle',
  main(ctx) {
    runOnSite('greenhouse', ctx, window, (onHealth) =>
      startStatusDetection('greenhouse', document, (onRows) =>
        watchGreenhouse({ doc: document, win: window, onRows, onHealth }),
      ),
    ).catch((error: unknown) => console.debug('Comeback could not start on this page', error));
  },
});
