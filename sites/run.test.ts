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
    await runOnSite('gmail', ctx, start);
    expect(site.starts).toBe(1);
  });

  it('does nothing on a site the user switched off', async () => {
    await siteSwitches.setValue({ gmail: false });
    const { site, start } = fakeSite();
    await runOnSite('gmail', ctx, start);
    expect(site.starts).toBe(0);
  });

  it('stops and starts again as the switch changes', async () => {
    const { site, start } = fakeSite();
    await runOnSite('outlook', ctx, start);
    await siteSwitches.setValue({ outlook: false });
    await vi.waitFor(() => expect(site.stops).toBe(1));
    await siteSwitches.setValue({ outlook: true });
    await vi.waitFor(() => expect(site.starts).toBe(2));
  });

  it('stops for good when the extension context is invalidated', async () => {
    const { site, start } = fakeSite();
    await runOnSite('gmail', ctx, start);
    ctx.abort();
    expect(site.stops).toBe(1);
    await siteSwitches.setValue({ gmail: false });
    await siteSwitches.setValue({ gmail: true });
    expect(site.starts).toBe(1);
  });

  it('gathers health counts and reports only what is new', async () => {
    const { site, start } = fakeSite();
    await runOnSite('gmail', ctx, start);
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
});
