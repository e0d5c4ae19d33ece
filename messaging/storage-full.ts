/**
 * A write the browser refused because the extension's storage is full. The background answers any message whose
 * write failed that way with this error, so a page can say so plainly instead of "something went wrong". Only an
 * error's message crosses between the background and a page, so the marker is the message.
 */
export const STORAGE_FULL = 'comeback:storage-full';

interface MaybeError {
  name?: unknown;
  message?: unknown;
  /** Dexie wraps the browser's error, e.g. in the `AbortError` of the transaction it ended. */
  inner?: unknown;
}

/**
 * Whether storage refused a write for want of space: IndexedDB's `QuotaExceededError` (the DOMException, or Dexie's
 * error of that name or wrapping it), or `browser.storage` saying its quota was exceeded.
 */
export function isQuotaExceeded(error: unknown): boolean {
  for (let current = error as MaybeError | undefined; current; current = current.inner as MaybeError) {
    if (typeof current !== 'object') return false;
    if (current.name === 'QuotaExceededError') return true;
    if (typeof current.message === 'string' && /\bquota\b.*\bexceeded\b/i.test(current.message)) return true;
  }
  return false;
}

/** Whether a message to the background failed because storage is full. */
export function isStorageFullAnswer(error: unknown): boolean {
  const message = (error as MaybeError | undefined)?.message;
  return typeof message === 'string' && message.includes(STORAGE_FULL);
}
