// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTICE_ATTRIBUTE } from '@/components/notice/notice';
import { type NoticeAbout, noticeWords } from '@/components/notice/words';
import type { Envelope, ReportOutcome } from '@/messaging/protocol';
import { startStatusDetection } from './start';
import type { StatusRow } from './types';

let sent: Envelope[];
let stored: Set<string>;

beforeEach(() => {
  sent = [];
  stored = new Set();
  document.body.replaceChildren();
  fakeBrowser.runtime.sendMessage = (async (message: Envelope) => {
    sent.push(message);
    if (message.type === 'noticeWords') return noticeWords(message.payload as NoticeAbout);
    if (message.type !== 'reportRejection') return null;
    const { key } = message.payload as { key: string };
    const outcome: ReportOutcome = stored.has(key) ? { status: 'known', id: 1 } : { status: 'added', id: 1 };
    stored.add(key);
    return outcome;
  }) as typeof fakeBrowser.runtime.sendMessage;
});
afterEach(() => {
  for (const notice of document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`)) notice.remove();
});

/** A watcher that hands over what the test gives it. */
function fakeWatch() {
  const watcher = { hand: (_: StatusRow[]) => {}, stopped: false };
  const watch = (onRows: (rows: StatusRow[]) => void) => {
    watcher.hand = onRows;
    return () => {
      watcher.stopped = true;
    };
  };
  return { watcher, watch };
}

const declined: StatusRow = {
  applicationId: 'jk-1',
  company: 'Northwind',
  role: 'Data Analyst',
  status: 'Not selected by employer',
};

describe('startStatusDetection', () => {
  it('reports a declined row to the background and shows the notice naming the company', async () => {
    const { watcher, watch } = fakeWatch();
    startStatusDetection('indeed', document, watch);
    watcher.hand([{ ...declined, applicationId: 'jk-0', status: 'Applied' }, declined]);
    await vi.waitFor(() => expect(document.querySelector(`[${NOTICE_ATTRIBUTE}]`)).not.toBeNull());

    expect(sent.map((message) => message.type)).toEqual(['reportRejection', 'noticeWords']);
    expect(sent[0]?.payload).toMatchObject({ key: 'indeed:jk-1', source: 'indeed', url: location.href });
    expect(sent[1]?.payload).toEqual({ company: 'Northwind' });
    const notice = document.querySelector(`[${NOTICE_ATTRIBUTE}]`)?.shadowRoot?.textContent ?? '';
    expect(notice).toContain('Northwind');
  });

  it('shows no notice for a rejection the background already knows', async () => {
    stored.add('indeed:jk-1');
    const { watcher, watch } = fakeWatch();
    startStatusDetection('indeed', document, watch);
    watcher.hand([declined]);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector(`[${NOTICE_ATTRIBUTE}]`)).toBeNull();
  });

  it('returns the watcher’s stop function', () => {
    const { watcher, watch } = fakeWatch();
    startStatusDetection('indeed', document, watch)();
    expect(watcher.stopped).toBe(true);
  });
});
