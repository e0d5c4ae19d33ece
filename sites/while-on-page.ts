import { type AdapterHealth, healthSum, NO_HEALTH } from './health';

export interface WhileOnPageOptions {
  win: Window;
  /** The addresses the watch is for. */
  isWanted: (url: URL) => boolean;
  /** Starts the watch, which reports its counts since it began; returns the function that stops it. */
  start: (onHealth: (health: AdapterHealth) => void) => () => void;
  /** Called with the counts of every run of the watch added up, so they never go back when one ends. */
  onHealth?: (health: AdapterHealth) => void;
  /** How often to compare the address. */
  pollMs?: number;
}

/** The Navigation API, where the browser has it: it tells of an app's `pushState` moves, which fire no event. */
type WithNavigation = Window & { navigation?: EventTarget };

/**
 * Runs a watch while a single-page app is on the pages it is for, and stops it when the app moves elsewhere. A
 * content script is injected once per page load, but such apps move between their parts with `history.pushState`,
 * which fires no window event: the address is compared at once on the Navigation API's `currententrychange` where
 * the browser has it, on `popstate`, and on a light poll. Nothing else of the page is observed while it is
 * elsewhere. Returns the function that stops it all.
 */
export function whileOnPage(options: WhileOnPageOptions): () => void {
  const { win, isWanted, start, onHealth, pollMs = 1000 } = options;
  /** The counts of the runs that ended, and of the one running. */
  let ended = NO_HEALTH;
  let running = NO_HEALTH;
  let stop: (() => void) | undefined;
  let lastAddress: string | undefined;

  const follow = () => {
    const address = win.location.href;
    if (address === lastAddress) return;
    lastAddress = address;
    const wanted = isWanted(new URL(address));
    if (wanted && !stop) {
      stop = start((health) => {
        running = health;
        onHealth?.(healthSum(ended, running));
      });
    } else if (!wanted && stop) {
      stop();
      stop = undefined;
      ended = healthSum(ended, running);
      running = NO_HEALTH;
    }
  };

  const poll = win.setInterval(follow, pollMs);
  win.addEventListener('popstate', follow);
  const { navigation } = win as WithNavigation;
  navigation?.addEventListener('currententrychange', follow);
  follow();

  return () => {
    win.clearInterval(poll);
    win.removeEventListener('popstate', follow);
    navigation?.removeEventListener('currententrychange', follow);
    stop?.();
    stop = undefined;
  };
}
