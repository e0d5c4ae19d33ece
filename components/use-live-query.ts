import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

export type LiveQueryState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

/**
 * Reads the database live: the component re-renders whenever the data behind `query` changes, whoever
 * wrote it (the background writes, pages only read). `inputs` are the values the query depends on. `initial`,
 * when the same answer was read before rendering, is shown until the live query has answered.
 */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  inputs: Inputs,
  initial?: LiveQueryState<T>,
): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>(initial ?? { status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: () => setState({ status: 'failed' }),
    });
    return () => subscription.unsubscribe();
  }, inputs);
  return state;
}
