import { runInNewContext } from 'node:vm';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectRejection } from '@/detector';
import type { MailInput } from '@/detector/types';
import {
  admittedDataUrl,
  detectorWorker,
  judgeInWorker,
  serveJudgements,
  type WorkerHandle,
  type WorkerScope,
} from './worker-judge';

const rejection: MailInput = {
  from: 'Priya Raman <priya@lumenfield.com>',
  subject: 'Your application for Data Analyst',
  text: 'Hi Alex, thank you for applying to Lumenfield. After careful consideration, we have decided to move forward with other candidates.',
};

/** The code a `data:` address holds. */
const codeAt = (url: string) => decodeURIComponent(url.slice(url.indexOf(',') + 1));

type ErrorListener = (event: { message?: string; preventDefault(): void }) => void;

/**
 * A worker made of two ends of a real message channel, so requests and verdicts are structured-cloned as between
 * threads; `serve` runs on the worker's end. `refuse` fires the error a page's policy raises.
 */
function channelWorker(
  serve?: (scope: { postMessage(data: unknown): void; addEventListener: never }) => void,
) {
  const { port1: page, port2: inWorker } = new MessageChannel();
  const errors: ErrorListener[] = [];
  let terminated = false;
  const worker: WorkerHandle = {
    postMessage: (data) => page.postMessage(data),
    addEventListener: ((type: string, listener: never) => {
      if (type === 'error') errors.push(listener);
      else page.on('message', (data) => (listener as (event: { data: unknown }) => void)({ data }));
    }) as WorkerHandle['addEventListener'],
    terminate: () => {
      terminated = true;
      page.close();
    },
  };
  const scope = {
    postMessage: (data: unknown) => inWorker.postMessage(data),
    addEventListener: (_type: 'message', listener: (event: { data: unknown }) => void) =>
      inWorker.on('message', (data) => listener({ data })),
  };
  const defaultPrevented: boolean[] = [];
  return {
    worker,
    scope,
    start: () => serve?.(scope as never),
    refuse: (message?: string) => {
      for (const listener of errors) listener({ message, preventDefault: () => defaultPrevented.push(true) });
    },
    terminated: () => terminated,
    defaultPrevented,
    close: () => {
      page.close();
      inWorker.close();
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('judgeInWorker with serveJudgements', () => {
  it("judges messages in the worker with the detector's own verdicts, each answer to its own request", async () => {
    const channel = channelWorker();
    const ready = judgeInWorker(channel.worker);
    serveJudgements(channel.scope, detectRejection);
    const judge = await ready;
    const other = { ...rejection, subject: 'Thanks for applying', text: 'We received your application.' };
    const [both, alone] = await Promise.all([judge([rejection, other]), judge([other])]);
    expect(both).toEqual([detectRejection(rejection), detectRejection(other)]);
    expect(both?.[0]).toMatchObject({ rejection: true, company: 'Lumenfield' });
    expect(both?.[1]?.rejection).toBe(false);
    expect(alone).toEqual([detectRejection(other)]);
    channel.close();
  });

  it('rejects, ends the worker and keeps the error from the page when the page refuses it', async () => {
    const channel = channelWorker();
    const ready = judgeInWorker(channel.worker);
    channel.refuse('Refused to create a worker');
    await expect(ready).rejects.toThrow('The detector worker failed: Refused to create a worker');
    expect(channel.terminated()).toBe(true);
    expect(channel.defaultPrevented).toEqual([true]);
  });

  it('rejects judgements waiting when the worker fails after it started, and every later one', async () => {
    const channel = channelWorker();
    const ready = judgeInWorker(channel.worker);
    // A worker that says it is ready and never answers.
    channel.scope.postMessage('comeback-detector-ready');
    const judge = await ready;
    const waiting = judge([rejection]);
    channel.refuse();
    await expect(waiting).rejects.toThrow('The detector worker failed');
    await expect(judge([rejection])).rejects.toThrow('The detector worker failed');
  });

  it('ends the worker when the content script stops, failing what was waiting', async () => {
    const channel = channelWorker();
    const stopping = new AbortController();
    const ready = judgeInWorker(channel.worker, { signal: stopping.signal });
    channel.scope.postMessage('comeback-detector-ready');
    const judge = await ready;
    const waiting = judge([rejection]);
    stopping.abort();
    await expect(waiting).rejects.toThrow('The detector worker was stopped');
    expect(channel.terminated()).toBe(true);
  });

  it('gives up on a worker that stays silent', async () => {
    vi.useFakeTimers();
    const channel = channelWorker();
    const ready = judgeInWorker(channel.worker, { readyWithinMs: 500 });
    const outcome = expect(ready).rejects.toThrow('did not start in time');
    await vi.advanceTimersByTimeAsync(500);
    await outcome;
    expect(channel.terminated()).toBe(true);
    channel.close();
  });
});

describe('detectorWorker', () => {
  /**
   * A page's global where workers start from `data:` addresses, and which Trusted Types may guard; each worker
   * judges with the real detector, whatever code it is given.
   */
  function scopeOf(trustedTypes?: WorkerScope['trustedTypes']) {
    const started: string[] = [];
    const code: string[] = [];
    const channels: ReturnType<typeof channelWorker>[] = [];
    class FakeWorker {
      constructor(url: string) {
        started.push(url);
        code.push(codeAt(url));
        const channel = channelWorker((scope) => serveJudgements(scope as never, detectRejection));
        channels.push(channel);
        channel.start();
        // biome-ignore lint/correctness/noConstructorReturn: the channel's end stands in for the worker
        return channel.worker;
      }
    }
    return {
      scope: { Worker: FakeWorker as unknown as WorkerScope['Worker'], trustedTypes },
      started,
      code,
      channels,
    };
  }

  it('starts the worker from a data address and judges with it', async () => {
    const { scope, started, channels } = scopeOf();
    const judge = await detectorWorker('postMessage(1)', scope);
    expect(started).toHaveLength(1);
    expect(started[0]).toMatch(/^data:text\/javascript;charset=utf-8,/);
    await expect(judge([rejection])).resolves.toMatchObject([{ rejection: true, company: 'Lumenfield' }]);
    for (const channel of channels) channel.close();
  });

  it('passes the address through a Trusted Types policy that admits that address alone', async () => {
    const policies: { name: string; createScriptURL(url: string): string }[] = [];
    const { scope, started, channels } = scopeOf({
      createPolicy: (name, rules) => {
        const policy = { name, createScriptURL: (url: string) => rules.createScriptURL(url) };
        policies.push(policy);
        return policy;
      },
    });
    await detectorWorker('postMessage(1)', scope);
    expect(policies.map((policy) => policy.name)).toEqual(['comeback-detector']);
    expect(policies[0]?.createScriptURL(started[0] ?? '')).toBe(started[0]);
    expect(() => policies[0]?.createScriptURL('https://example.com/other.js')).toThrow(TypeError);
    for (const channel of channels) channel.close();
  });

  it('starts the worker with a loader that imports the code posted to it from a data address', async () => {
    const { scope, code, channels } = scopeOf();
    await detectorWorker('serveTheDetector()', scope);
    const loader = code[0];
    for (const channel of channels) channel.close();

    const imported: string[] = [];
    const policies: string[] = [];
    const self: { onmessage: ((event: { data: string }) => void) | null; trustedTypes: object } = {
      onmessage: null,
      trustedTypes: {
        createPolicy: (name: string, rules: { createScriptURL(url: string): string }) => {
          policies.push(name);
          return { createScriptURL: (url: string) => ({ trusted: rules.createScriptURL(url) }) };
        },
      },
    };
    const importScripts = (scriptUrl: { trusted: string }) => imported.push(codeAt(scriptUrl.trusted));
    runInNewContext(loader ?? '', { self, importScripts, encodeURIComponent, TypeError });
    self.onmessage?.({ data: 'serveTheDetector("100%, ü")' });
    expect(imported).toEqual(['serveTheDetector("100%, ü")']);
    expect(policies).toEqual(['comeback-detector']);
    // Only the first message is code: later ones are the detector's to hear.
    expect(self.onmessage).toBeNull();
  });

  it('throws when the page has no workers to start', async () => {
    await expect(detectorWorker('postMessage(1)', {} as WorkerScope)).rejects.toThrow();
  });
});

describe('admittedDataUrl', () => {
  it('holds the code at a data address, admitted by a policy for that address alone', () => {
    const admitted: string[] = [];
    let rules: { createScriptURL(url: string): string } | undefined;
    const scriptUrl = admittedDataUrl('let a = "50% #1";', {
      trustedTypes: {
        createPolicy: (_, given) => {
          rules = given;
          return { createScriptURL: (each) => admitted.push(given.createScriptURL(each)) && { each } };
        },
      },
    });
    expect(admitted).toHaveLength(1);
    expect(codeAt(admitted[0] ?? '')).toBe('let a = "50% #1";');
    expect(scriptUrl).toEqual({ each: admitted[0] });
    expect(() => rules?.createScriptURL('data:text/javascript,alert(1)')).toThrow(TypeError);
  });

  it('is the plain address where no Trusted Types are enforced', () => {
    expect(admittedDataUrl('let a = 1;', {})).toBe('data:text/javascript;charset=utf-8,let%20a%20%3D%201%3B');
  });
});
