// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setPageUrl } from '@/sites/fixture-loader';
import { watchGmail } from '@/sites/gmail/watcher';
import { watchLinkedIn } from '@/sites/linkedin/watcher';
import type { SiteWatchOptions } from '@/sites/message-watch';
import { watchOutlook } from '@/sites/outlook/watcher';
import { PATIENCE_MS } from '@/sites/patience';

interface MailSite {
  name: string;
  watch: (options: SiteWatchOptions) => () => void;
  /** Where the site's main view always shows. */
  viewPage: string;
  /** Another page of the same hosts, where it does not. */
  elsewhere: string;
  /** The element the adapter watches, as the site renders it. */
  view: () => Element;
}

function element(tag: string, attributes: Record<string, string> = {}): Element {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

const SITES: MailSite[] = [
  {
    name: 'Gmail',
    watch: watchGmail,
    viewPage: 'https://mail.google.com/mail/u/0/',
    elsewhere: 'https://mail.google.com/chat/u/0/',
    view: () => element('div', { role: 'main' }),
  },
  {
    name: 'Outlook',
    watch: watchOutlook,
    viewPage: 'https://outlook.live.com/mail/0/',
    elsewhere: 'https://outlook.live.com/calendar/0/view/month',
    view: () => element('div', { role: 'main', 'data-app-section': 'MailReadCompose' }),
  },
  {
    name: 'LinkedIn',
    watch: watchLinkedIn,
    viewPage: 'https://www.linkedin.com/messaging/thread/2-abc/',
    elsewhere: 'https://www.linkedin.com/feed/',
    // A conversation, with the name of the person and its messages.
    view: () => {
      const wrapper = element('div', { class: 'msg-convo-wrapper' });
      const partner = element('h2');
      partner.textContent = 'Jane Doe';
      wrapper.append(partner, element('li', { class: 'msg-s-message-list__event' }));
      return wrapper;
    },
  },
];

let stop: (() => void) | undefined;

function watch(site: MailSite) {
  const onHealth = vi.fn();
  stop = site.watch({ doc: document, win: window, onMessages: vi.fn(), onHealth });
  return onHealth;
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe.each(SITES)('the $name watcher', (site) => {
  test('counts one miss when its view never shows where it should', async () => {
    setPageUrl(site.viewPage);
    const onHealth = watch(site);
    await vi.advanceTimersByTimeAsync(PATIENCE_MS - 1_000);
    expect(onHealth).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onHealth).toHaveBeenCalledWith({ read: 0, missed: 1, errors: 0 });
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 3);
    expect(onHealth).toHaveBeenCalledTimes(1);
  });

  test('counts nothing when its view shows late, goes away after it was seen, or is not expected', async () => {
    setPageUrl(site.viewPage);
    const onHealth = watch(site);
    await vi.advanceTimersByTimeAsync(PATIENCE_MS / 2);
    document.body.append(site.view());
    await vi.advanceTimersByTimeAsync(1_500);
    document.body.replaceChildren();
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 2);
    stop?.();

    setPageUrl(site.elsewhere);
    const elsewhere = watch(site);
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 2);
    expect(onHealth).not.toHaveBeenCalled();
    expect(elsewhere).not.toHaveBeenCalled();
  });
});
