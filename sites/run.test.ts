// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Envelope } from '@/messaging/protocol';
import { siteSwitches } from '@/storage/settings';
import type { AdapterHealth } from './health';
import { HEALTH_REPORT_MS, runOnSite } from './run';

let ctx: ContentScriptContext;
let sent: Envelope[];

beforeEach(() => {
  vi.useFakeTimers();
  ctx = new ContentScriptContext('test');
  sent = [];
  fakeBrowser.runtime.sendMessage = (async (message: Envelope) => {
    sent.push(message);
    return null;
  }) as typeof fakeBrowser.runtime.sendMessage;
});
afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function fakeSite() {
  const site = { starts: 0, stops: 0, onHealth: undefined as ((health: AdapterHealth) => void) | undefined };
  const start = (onHealth: (health: AdapterHealth) => void) => {
    site.starts++;
    site.onHealth = onHealth;
    return () => {
      site.stops++;
    };
  };
  return { site, start };
}

describe('runOnSite', () => {
  it('starts on a site that is switched on', async () => {
    const { site, start } = fakeSite();
    await runOnSite('gmail', ctx, window, start);
    expect(site.starts).toBe(1);
  });

  it('does nothing on a site the user switched off', async () => {
    await siteSwitches.setValue({ gmail: false });
    const { site, start } = fakeSite();
    await runOnSite('gmail', ctx, window, start);
    expect(site.starts).toBe(0);
  });

  it('stops and starts again as the switch changes', async () => {
    const { site, start } = fakeSite();
    await runOnSite('outlook', ctx, window, start);
    await siteSwitches.setValue({ outlook: false });
    await vi.waitFor(() => expect(site.stops).toBe(1));
    await siteSwitches.setValue({ outlook: true });
    await vi.waitFor(() => expect(site.starts).toBe(2));
  });

  it('stops for good when the extension context is invalidated', async () => {
    const { site, start } = fakeSite();
    await runOnSite('gmail', ctx, window, start);
    ctx.abort();
    expect(site.stops).toBe(1);
    await siteSwitches.setValue({ gmail: false });
    await siteSwitches.setValue({ gmail: true });
    expect(site.starts).toBe(1);
  });

  it('gathers health counts and reports only what is new', async () => {
    const { site, start } = fakeSite();
    await runOnSite('gmail', ctx, window, start);
    site.onHealth?.({ read: 1, missed: 0, errors: 0 });
    site.onHealth?.({ read: 3, missed: 1, errors: 0 });
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(HEALTH_REPORT_MS);
    site.onHealth?.({ read: 4, missed: 1, errors: 2 });
    await vi.advanceTimersByTimeAsync(HEALTH_REPORT_MS);
    expect(sent).toEqual([
      { type: 'reportHealth', payload: { site: 'gmail', read: 3, missed: 1, errors: 0 } },
      { type: 'reportHealth', payload: { site: 'gmail', read: 1, missed: 0, errors: 2 } },
    ]);
  });

  it('sends pending counts at once when the tab is closed, rather than lose them', async () => {
    const { site, start } = fakeSite();
    await runOnSite('outlook', ctx, window, start);
    site.onHealth?.({ read: 2, missed: 1, errors: 0 });
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([
      { type: 'reportHealth', payload: { site: 'outlook', read: 2, missed: 1, errors: 0 } },
    ]);
    // The report that was waiting has nothing left to send.
    await vi.advanceTimersByTimeAsync(HEALTH_REPORT_MS);
    expect(sent).toHaveLength(1);
  });

  it('sends pending counts when the tab is hidden, which a browser may discard without closing it', async () => {
    const { site, start } = fakeSite();
    await runOnSite('linkedin', ctx, window, start);
    site.onHealth?.({ read: 1, missed: 0, errors: 0 });
    let visibility: DocumentVisibilityState = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([
      { type: 'reportHealth', payload: { site: 'linkedin', read: 1, missed: 0, errors: 0 } },
    ]);
  });
});
