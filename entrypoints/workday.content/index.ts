import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITES } from '@/sites/registry';
import { runOnSite } from '@/sites/run';
import { startStatusDetection } from '@/sites/status/start';
import { watchWorkday } from '@/sites/workday/watcher';

export default defineContentScript({
  matches: [...SITES.workday.matches],
  runAt: 'document_idle',
  main(ctx) {
    runOnSite('workday', ctx, window, (onHealth) =>
      startStatusDetection('workday', document, (onRows) =>
        watchWorkday({ doc: document, win: window, onRows, onHealth }),
      ),
    ).catch((error: unknown) => console.debug('Comeback could not start on this page', error));
  },
});
