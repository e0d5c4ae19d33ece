import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { type BackfillProgress, type BackfillResult, backfillMbox } from '@/mail/backfill';
import { send } from '@/messaging/send';

export type BackfillState =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: BackfillProgress }
  | { kind: 'finished'; result: BackfillResult }
  | { kind: 'failed' };

/**
 * One mailbox export being read, kept apart from the panel that shows it: the options page shows one section at a
 * time, and moving to another must neither stop the reading nor lose what it found.
 */
export interface BackfillReading {
  state(): BackfillState;
  /** Calls `listener` on every change of state; returns the way to stop. */
  subscribe(listener: () => void): () => void;
  /** Reads `file`, unless a reading is already under way. */
  start(file: File): Promise<void>;
  /** Stops the reading; the rejections stored so far stay. */
  stop(): void;
}

export function createBackfillReading(): BackfillReading {
  let state: BackfillState = { kind: 'idle' };
  let controller: AbortController | undefined;
  const listeners = new Set<() => void>();
  const set = (next: BackfillState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    stop: () => controller?.abort(),
    async start(file) {
      if (controller) return;
      const current = new AbortController();
      controller = current;
      set({ kind: 'reading', progress: { bytesRead: 0, totalBytes: file.size, messages: 0, rejections: 0 } });
      try {
        const result = await backfillMbox(file.stream(), {
          totalBytes: file.size,
          signal: current.signal,
          store: (reports) => send('addBackfill', { reports }),
          onProgress: (progress) => {
            if (!current.signal.aborted) set({ kind: 'reading', progress });
          },
        });
        set({ kind: 'finished', result });
      } catch {
        set({ kind: 'failed' });
      } finally {
        controller = undefined;
      }
    },
  };
}

/** The reading the options page owns, so it outlives the Data section while another one is on show. */
export const BackfillReadingContext = createContext<BackfillReading | undefined>(undefined);

/**
 * The page's reading and its state, kept current. A panel shown outside the options page (in a test) reads with
 * its own.
 */
export function useBackfillReading(): { reading: BackfillReading; state: BackfillState } {
  const [own] = useState(createBackfillReading);
  const reading = useContext(BackfillReadingContext) ?? own;
  const [state, setState] = useState(reading.state);
  useEffect(() => {
    setState(reading.state());
    return reading.subscribe(() => setState(reading.state()));
  }, [reading]);
  return { reading, state };
}
