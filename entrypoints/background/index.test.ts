import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_NAME } from '@/storage/db';
import background from './index';

afterEach(async () => {
  vi.restoreAllMocks();
  await Dexie.delete(DB_NAME);
});

describe('the background, started in a browser without context menus (Firefox for Android)', () => {
  it('still answers messages, delivers nudges, greets a new user and keeps the badge', async () => {
    fakeBrowser.contextMenus = undefined as unknown as typeof fakeBrowser.contextMenus;
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');

    expect(() => background.main()).not.toThrow();

    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/onboarding.html');
    setBadgeText.mockClear();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(setBadgeText).toHaveBeenCalledWith({ text: '' });
  });
});
