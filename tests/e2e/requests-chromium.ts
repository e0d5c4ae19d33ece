import type { BrowserContext, Request } from 'playwright-core';

/** A request the browser reported: where to, what for, and who asked (a page's address, or the worker). */
export interface SeenRequest {
  url: string;
  type: string;
  from: string;
  /** Why it got no answer: the document's content security policy (`csp`), or this recorder's refusal. */
  failure?: string;
}

export const FROM_SERVICE_WORKER = 'service worker';

/**
 * Records every request Chromium reports in the context: web pages and their content scripts, extension pages,
 * and the extension's service worker (`request.serviceWorker()`). Everything but the extension's own files is
 * refused, so nothing leaves the machine whatever the code under test does; pages served afterwards with
 * `servePage` take precedence for their own addresses (Playwright tries the newest route first).
 */
export async function recordRequests(context: BrowserContext): Promise<SeenRequest[]> {
  const seen: SeenRequest[] = [];
  const entries = new WeakMap<Request, SeenRequest>();
  context.on('request', (request) => {
    const from = request.serviceWorker() ? FROM_SERVICE_WORKER : (request.frame().url() ?? '');
    const entry = { url: request.url(), type: request.resourceType(), from };
    entries.set(request, entry);
    seen.push(entry);
  });
  context.on('requestfailed', (request) => {
    const entry = entries.get(request);
    if (entry) entry.failure = request.failure()?.errorText;
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith('chrome-extension://')
      ? route.continue()
      : route.abort('blockedbyclient'),
  );
  return seen;
}

/**
 * What the extension has no business asking for: anything but its own packaged files, and the documents of the
 * served pages the user opened (`servedPrefix`, e.g. `https://mail.google.com/`).
 */
export function unexpectedRequests(
  seen: readonly SeenRequest[],
  extensionId: string,
  servedPrefix: string,
): SeenRequest[] {
  return seen.filter(
    ({ url, type, from }) =>
      !url.startsWith(`chrome-extension://${extensionId}/`) &&
      !(type === 'document' && from !== FROM_SERVICE_WORKER && url.startsWith(servedPrefix)),
  );
}
