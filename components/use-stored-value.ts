import { useEffect, useState } from 'preact/hooks';

/** The part of a `wxt/utils/storage` item that is read live. */
export interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

export type StoredState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

/**
 * Reads an extension storage item live: the component re-renders whenever it changes, whoever wrote it. The
 * watch starts before the first read, and a change seen meanwhile wins over that read's older answer.
 * `initial`, when the item was read before rendering, is shown until the read after rendering answers.
 */
export function useStoredValue<T>(item: WatchableItem<T>, initial?: StoredState<T>): StoredState<T> {
  const [state, setState] = useState<StoredState<T>>(initial ?? { status: 'loading' });
  useEffect(() => {
    let changed = false;
    let active = true;
    const unwatch = item.watch((value) => {
      changed = true;
      setState({ status: 'ready', value });
    });
    item.getValue().then(
      (value) => {
        if (active && !changed) setState({ status: 'ready', value });
      },
      () => {
        if (active && !changed) setState({ status: 'failed' });
      },
    );
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return state;
}
