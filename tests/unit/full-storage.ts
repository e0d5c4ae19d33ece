import { vi } from 'vitest';

type Write = (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;

/**
 * Makes IndexedDB refuse writes as a browser whose storage is full does: once `allowed` more writes have gone
 * through, every `add` and `put` (which Dexie's `add`, `bulkAdd`, `put`, `bulkPut` and `update` come down to)
 * fails with a `QuotaExceededError`. `vi.restoreAllMocks()` frees the space again. Answers how many writes were
 * refused so far.
 */
export function fillStorage({ allowed = 0 } = {}): () => number {
  const prototype = globalThis.IDBObjectStore.prototype as unknown as Record<'add' | 'put', Write>;
  let left = allowed;
  let refused = 0;
  for (const method of ['add', 'put'] as const) {
    const write = prototype[method];
    vi.spyOn(prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      if (left > 0) {
        left -= 1;
        return write.apply(this, args);
      }
      refused += 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
  }
  return () => refused;
}
