import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchIndeed } from '@/sites/indeed/watcher';
import { SITES } from '@/sites/registry';
import { runOnSite } from '@/sites/run';
import { startStatusDetection } from '@/sites/status/start';

export default defineContentScript({
  matches: [...SITES.indeed.matches],
  runAt: 'document_idle',
  main(ctx) {
    runOnSite('indeed', ctx, window, (onHealth) =>
      startStatusDetection('indeed', document, (onRows) =>
        watchIndeed({ doc: document, win: window, onRows, onHealth }),
      ),
    ).catch((error: unknown) => console.debug('Comeback could not start on this page', error));
  },
});
