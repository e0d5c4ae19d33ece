import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchGmail } from '@/sites/gmail/watcher';
import { SITES } from '@/sites/registry';
import { runOnSite } from '@/sites/run';
import { startDetection } from '@/sites/start-detection';

export default defineContentScript({
  matches: [...SITES.gmail.matches],
  runAt: 'document_idle',
  main(ctx) {
    runOnSite('gmail', ctx, window, (onHealth) =>
      startDetection('gmail', document, onHealth, (callbacks) =>
        watchGmail({ doc: document, win: window, ...callbacks }),
      ),
    ).catch((error: unknown) => console.debug('Comeback could not start on this page', error));
  },
});
