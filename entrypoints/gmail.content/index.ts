import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchGmail } from '@/sites/gmail/watcher';
import { startDetection } from '@/sites/start-detection';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      const stop = startDetection('gmail', document, (onMessages) =>
        watchGmail({ doc: document, win: window, onMessages }),
      );
      // After an update or reload of the extension this copy goes quiet; the new one takes over.
      ctx.onInvalidated(stop);
    } catch (error) {
      console.debug('Comeback could not start on this page', error);
    }
  },
});
