import type { MailInput, Verdict } from '@/detector/types';
import type { Judge } from './pipeline';

/**
 * Judging off the page's main thread: the content script starts a dedicated worker of its own frame from the
 * detector's code (`entrypoints/detector-worker.ts`) and hands it each opened message. The worker lives in the page's
 * own process and answers only the script that started it, so mail text stays in the page as it does when the
 * detector runs beside the content script; the page's main thread only passes messages.
 */

/** One request for all the messages a read found: each posted from a task of its own costs the page 60–100 µs. */
interface JudgeRequest {
  id: number;
  mails: MailInput[];
}

interface JudgeReply {
  id: number;
  verdicts: Verdict[];
}

/** The worker's first word: its code is evaluated and it takes requests. */
const READY = 'comeback-detector-ready';

/** The ends of a worker this module uses: the `Worker` on the page's side, the worker's global scope on the other. */
export interface MessageEnd {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface WorkerHandle extends MessageEnd {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(
    type: 'error',
    listener: (event: { message?: string; preventDefault(): void }) => void,
  ): void;
  terminate(): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isRequest = (data: unknown): data is JudgeRequest =>
  isRecord(data) && typeof data.id === 'number' && Array.isArray(data.mails);

const isReply = (data: unknown): data is JudgeReply =>
  isRecord(data) && typeof data.id === 'number' && Array.isArray(data.verdicts);

/** The worker's side: answers each request with `judge`'s verdicts, after saying it is ready. */
export function serveJudgements(scope: MessageEnd, judge: (mail: MailInput) => Verdict): void {
  scope.addEventListener('message', ({ data }) => {
    if (isRequest(data))
      scope.postMessage({ id: data.id, verdicts: data.mails.map(judge) } satisfies JudgeReply);
  });
  scope.postMessage(READY);
}

/** How long a worker may take to evaluate the detector's code before the page judges in its own thread instead. */
export const WORKER_READY_MS = 10_000;

export interface WorkerOptions {
  readyWithinMs?: number;
  /** Ends the worker when aborted: the content script stopped (site switched off, extension reloaded). */
  signal?: AbortSignal;
}

/**
 * The page's side: resolves with a judge once `worker` says it is ready. It rejects (and ends the worker) when the
 * worker fails to start (a page whose content security policy forbids workers), stays silent for `readyWithinMs`
 * or is stopped through `signal`; judgements waiting or asked for after that reject too.
 */
export function judgeInWorker(
  worker: WorkerHandle,
  { readyWithinMs = WORKER_READY_MS, signal }: WorkerOptions = {},
): Promise<Judge> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<number, { resolve(verdicts: Verdict[]): void; reject(error: Error): void }>();
    let nextId = 0;
    let failure: Error | undefined;
    const fail = (error: Error) => {
      if (failure) return;
      failure = error;
      clearTimeout(timer);
      worker.terminate();
      for (const each of waiting.values()) each.reject(error);
      waiting.clear();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error('The detector worker did not start in time')),
      readyWithinMs,
    );
    const stop = () => fail(new Error('The detector worker was stopped'));
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });

    const judge: Judge = (mails) =>
      new Promise((resolveVerdicts, rejectVerdicts) => {
        if (failure) return rejectVerdicts(failure);
        const id = nextId++;
        waiting.set(id, { resolve: resolveVerdicts, reject: rejectVerdicts });
        worker.postMessage({ id, mails: [...mails] } satisfies JudgeRequest);
      });

    worker.addEventListener('error', (event) => {
      // Handled here: a worker the page refuses is no error of the page's.
      event.preventDefault();
      fail(new Error(`The detector worker failed${event.message ? `: ${event.message}` : ''}`));
    });
    worker.addEventListener('message', ({ data }) => {
      if (data === READY) {
        clearTimeout(timer);
        resolve(judge);
        return;
      }
      if (!isReply(data)) return;
      const asked = waiting.get(data.id);
      waiting.delete(data.id);
      asked?.resolve(data.verdicts);
    });
  });
}

/** The part of the Trusted Types API a page may enforce on the addresses scripts load from. */
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

/**
 * A `data:` address holding `code`, passed through a Trusted Types policy that admits that address alone, for scopes
 * that enforce them. A `data:` address costs the page nothing to make, where a `blob:` address is registered with the
 * browser in a synchronous call (1 to 3 ms of the page's main thread for the worker's first code). Self-contained, as
 * the worker's first code carries a copy of it.
 */
export function admittedDataUrl(code: string, scope: { trustedTypes?: TrustedTypesLike }): unknown {
  const url = `data:text/javascript;charset=utf-8,${encodeURIComponent(code)}`;
  const policy = scope.trustedTypes?.createPolicy('comeback-detector', {
    createScriptURL: (given) => {
      if (given !== url) throw new TypeError('Only the detector may load from this policy');
      return given;
    },
  });
  return policy ? policy.createScriptURL(url) : url;
}

/**
 * The worker's first code: it waits for the detector's code, then imports it from a `data:` address made in the
 * worker, so the page's main thread never encodes the detector (300 KB) itself. A worker started from a `data:`
 * address has an origin of its own that no other can share, so a `blob:` address it made could not be imported.
 */
const LOADER = `const admittedDataUrl = ${admittedDataUrl};
self.onmessage = (event) => {
  self.onmessage = null;
  importScripts(admittedDataUrl(event.data, self));
};`;

/**
 * Starts the detector's worker in `scope` (a content script's global) and posts it the detector's code: from a
 * `data:` address, as a content script may not start a worker from the extension's own addresses. Throws when the
 * page refuses at once; a refusal that comes later (the worker's own loading) arrives as the worker's error.
 */
function startWorker(source: string, scope: WorkerScope): WorkerHandle {
  const worker = new scope.Worker(admittedDataUrl(LOADER, scope) as string);
  worker.postMessage(source);
  return worker;
}

/** What starting a worker needs of a content script's global. */
export interface WorkerScope {
  Worker: new (url: string) => WorkerHandle;
  trustedTypes?: TrustedTypesLike;
}

/** The detector's worker started from its code, judging once it is ready; rejects when the page will not have it. */
export async function detectorWorker(
  source: string,
  scope: WorkerScope,
  signal?: AbortSignal,
): Promise<Judge> {
  return judgeInWorker(startWorker(source, scope), { signal });
}
