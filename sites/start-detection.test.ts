// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type NoticeAbout, noticeWords } from '@/components/notice/words';
import { detect } from '@/detector';
import type { Envelope } from '@/messaging/protocol';
import { DETECTOR_GLOBAL, exposeDetector } from './detector-loader';
import { fakeDetector } from './fake-detector';
import type { AdapterHealth } from './health';
import type { OpenMessage } from './pipeline';
import { startDetection, type WatchCallbacks } from './start-detection';

const rejection: OpenMessage = {
  messageId: 'msg-f:1',
  subject: 'Your application for Data Analyst',
  fromName: 'Priya Raman',
  fromEmail: 'priya@lumenfield.com',
  text: 'Hi Alex, thank you for applying to Lumenfield. After careful consideration, we have decided to move forward with other candidates.',
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let sent: Envelope[];
let callbacks: WatchCallbacks;
let health: AdapterHealth[];

/**
 * The background: answers the worker's code, adds the detector to this frame when asked (or cannot), and stores
 * every rejection. The page here has no workers, as a page whose policy forbids them.
 */
function background(canLoad: boolean) {
  fakeBrowser.runtime.sendMessage = (async (envelope: Envelope) => {
    sent.push(envelope);
    if (envelope.type === 'detectorWorkerSource') return { source: 'postMessage("comeback-detector-ready")' };
    if (envelope.type === 'noticeWords') return noticeWords(envelope.payload as NoticeAbout);
    if (envelope.type === 'loadDetector') {
      if (!canLoad) throw new Error('Cannot access contents of the page');
      exposeDetector(globalThis, fakeDetector(detect));
      return null;
    }
    return envelope.type === 'reportRejection' ? { status: 'added', id: 1 } : null;
  }) as typeof fakeBrowser.runtime.sendMessage;
}

function start(): () => void {
  return startDetection(
    'gmail',
    document,
    (each) => health.push(each),
    (given) => {
      callbacks = given;
      return () => undefined;
    },
  );
}

beforeEach(() => {
  sent = [];
  health = [];
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, DETECTOR_GLOBAL);
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('startDetection', () => {
  it('asks for the detector only once a message opens, then judges it beside itself when workers are refused', async () => {
    background(true);
    start();
    callbacks.onHealth({ read: 0, missed: 1, errors: 0 });
    await settle();
    expect(sent).toEqual([]);
    expect(Reflect.has(globalThis, DETECTOR_GLOBAL)).toBe(false);

    callbacks.onMessages([rejection]);
    await vi.waitFor(() => expect(document.querySelector('[data-comeback-notice]')).not.toBeNull());
    expect(sent.map((envelope) => envelope.type)).toEqual([
      'detectorWorkerSource',
      'loadDetector',
      'reportRejection',
      'noticeWords',
    ]);
    // Only the requests to load cross: no mail text goes with them.
    expect(sent.slice(0, 2).map((envelope) => envelope.payload)).toEqual([null, null]);
    expect(sent[2]?.payload).toMatchObject({ company: 'Lumenfield', messageId: 'msg-f:1' });
  });

  it('counts a detector that cannot be loaded as an error of the adapter, and throws nothing', async () => {
    background(false);
    start();
    callbacks.onHealth({ read: 1, missed: 0, errors: 0 });
    callbacks.onMessages([rejection]);
    await vi.waitFor(() => expect(health.at(-1)).toEqual({ read: 1, missed: 0, errors: 1 }));
    // The adapter's own counts keep the detector's failure.
    callbacks.onHealth({ read: 2, missed: 0, errors: 0 });
    expect(health.at(-1)).toEqual({ read: 2, missed: 0, errors: 1 });
    expect(sent.map((envelope) => envelope.type)).toEqual(['detectorWorkerSource', 'loadDetector']);
    expect(document.querySelector('[data-comeback-notice]')).toBeNull();
  });
});
