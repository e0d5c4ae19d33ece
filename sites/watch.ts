export interface ViewWatchOptions {
  doc: Document;
  win: Window;
  /** The part of the page worth observing; null or undefined while the app is still loading. */
  findView: (doc: Document) => Element | null | undefined;
  /** Runs after the view changed (or was first found), at most once per `debounceMs`. */
  onChange: () => void;
  /** Whatever `findView` or `onChange` throw ends up here, never in the page. */
  onError: (error: unknown) => void;
  debounceMs: number;
  /** How often to look for the view: it may appear late, be replaced, or move to another element. */
  pollMs?: number;
}

/**
 * Follows a single-page mail app as it swaps views without reloading. Only the view is observed (a page-wide
 * subtree observer makes busy apps crawl). Apps may render it late, replace it, or move its role to another
 * element, so `findView` (one cheap query) runs again every `pollMs` and at once on navigation
 * (`hashchange`, `popstate`). Changes are coalesced: the first one starts the timer and stops the observer until
 * the read, which sees the later ones, so a view that never stops changing is still read every `debounceMs` and calls
 * into us once per read. Returns a function that stops everything.
 */
export function watchView(options: ViewWatchOptions): () => void {
  const { doc, win, findView, onChange, onError, debounceMs, pollMs = 1000 } = options;
  const guarded = (action: () => void) => () => {
    try {
      action();
    } catch (error) {
      onError(error);
    }
  };

  let view: Element | undefined;
  let timer: number | undefined;
  const listen = () => {
    if (view) observer.observe(view, { childList: true, subtree: true });
  };
  const changed = guarded(() => {
    timer = undefined;
    // Listening again before the read: whatever changes from here on is read next time.
    listen();
    onChange();
  });
  const schedule = () => {
    // The read to come sees every change until then: a busy app's further changes need not reach us one by one.
    observer.disconnect();
    timer ??= win.setTimeout(changed, debounceMs);
  };
  const observer = new (win as Window & typeof globalThis).MutationObserver(schedule);

  const attach = () => {
    const found = findView(doc) ?? undefined;
    if (found === view) return;
    observer.disconnect();
    view = found;
    // Read at once (after the debounce); listening starts with that read.
    if (view) schedule();
  };
  const check = guarded(attach);
  const navigated = guarded(() => {
    attach();
    schedule();
  });

  const poll = win.setInterval(check, pollMs);
  win.addEventListener('hashchange', navigated);
  win.addEventListener('popstate', navigated);
  check();

  return () => {
    observer.disconnect();
    win.clearInterval(poll);
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    win.removeEventListener('hashchange', navigated);
    win.removeEventListener('popstate', navigated);
  };
}
