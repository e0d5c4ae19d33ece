// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import german from '@/public/_locales/de/messages.json';
import { englishMessage, messageReader } from '@/tests/setup/unit';
import { NOTICE_ATTRIBUTE, type Notice, showNotice, THANKS_MS } from './notice';
import { type NoticeAbout, noticeWords } from './words';

const opened: Notice[] = [];

/** A notice about `about`, worded by `t` (the extension's messages when told `undefined`). */
function show(options: NoticeAbout & { t?: Parameters<typeof noticeWords>[1] } = {}) {
  const { t, ...about } = { t: englishMessage, ...options };
  const onOpenPlan = vi.fn();
  const onNotRejection = vi.fn();
  const words = noticeWords(about, t);
  const notice = showNotice({ doc: document, about, words, onOpenPlan, onNotRejection });
  opened.push(notice);
  const root = notice.host.shadowRoot as ShadowRoot;
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent === name || b.getAttribute('aria-label') === name,
    ) as HTMLButtonElement;
  return { notice, root, onOpenPlan, onNotRejection, button };
}

const hosts = () => document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`);

/** A control of the page itself, beside the notice. */
function gmailButton(name: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = name;
  document.querySelector('[role="main"]')?.append(button);
  return button;
}

/** Presses a key (Escape unless told) with focus on `target`, as the browser would send it. */
function pressKey(target: Element, key = 'Escape'): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

beforeEach(() => {
  vi.useFakeTimers();
  const gmail = document.createElement('div');
  gmail.setAttribute('role', 'main');
  gmail.textContent = 'Inbox';
  document.body.replaceChildren(gmail);
});

afterEach(() => {
  for (const notice of opened.splice(0)) notice.close();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('showNotice', () => {
  test('shows a kind notice with the company in an open shadow root on its own host', () => {
    const { notice, root } = show({ company: 'Northwind' });
    expect(notice.host.parentElement).toBe(document.body);
    expect(notice.host.id).toBe('comeback-notice');
    const status = root.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(root.querySelector('.title')?.textContent).toBe(
      'A no from Northwind. It happens to everyone who gets there.',
    );
    expect(root.querySelector('.body')?.textContent).toBe(englishMessage('noticeBody'));
    expect(Array.from(root.querySelectorAll('button'), (b) => b.textContent)).toEqual([
      'Open my plan',
      'Not a rejection',
      '×',
    ]);
    expect(root.querySelector('.close')?.getAttribute('aria-label')).toBe('Close');
    expect(root.querySelector('style')?.textContent).toContain('prefers-color-scheme: dark');
  });

  test("speaks the extension's language, whatever the page's", () => {
    document.documentElement.lang = 'en';
    const { root } = show({ company: 'Northwind', t: messageReader(german) });
    const panel = root.querySelector('[role="status"]') as HTMLElement;
    expect(panel.lang).toBe('de');
    expect(panel.querySelector('.title')?.closest('[lang]')).toBe(panel);
    expect(show().root.querySelector('[role="status"]')?.getAttribute('lang')).toBe('en');
  });

  test('says plainly when the browser had no room to save it, and offers only to close', () => {
    const { root } = show({ company: 'Northwind', storageFull: true });
    expect(root.querySelector('.body')?.textContent).toBe(englishMessage('noticeStorageFull'));
    expect(
      Array.from(root.querySelectorAll('button'), (b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['Close']);
  });

  test('has its own wording when the company is unknown', () => {
    const { root } = show();
    expect(root.querySelector('.title')?.textContent).toBe(englishMessage('noticeTitleNoCompany'));
  });

  test('reads its strings from the extension messages by default', () => {
    const { root } = show({ t: undefined, company: 'Lumen' });
    expect(root.querySelector('.title')?.textContent).toBe(
      'A no from Lumen. It happens to everyone who gets there.',
    );
  });

  test('renders markup in the company name as plain text', () => {
    const company = '<img src=x onerror="alert(1)"><b>Acme</b>';
    const { root } = show({ company });
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('.title')?.textContent).toBe(
      `A no from ${company}. It happens to everyone who gets there.`,
    );
  });

  test("leaves the page's own markup as it was", () => {
    const before = Array.from(document.body.children);
    const gmail = before[0]?.outerHTML;
    const { notice } = show({ company: 'Northwind' });
    expect(Array.from(document.body.children)).toEqual([...before, notice.host]);
    expect(before[0]?.outerHTML).toBe(gmail);
    notice.close();
    expect(document.body.innerHTML).toBe(gmail);
  });

  test('"Open my plan" opens the plan and closes the notice', () => {
    const { notice, onOpenPlan, button } = show();
    button('Open my plan').click();
    expect(onOpenPlan).toHaveBeenCalledTimes(1);
    expect(notice.host.isConnected).toBe(false);
  });

  test('"Not a rejection" reports it, thanks the user, then closes by itself', async () => {
    const { notice, root, onNotRejection, button } = show({ company: 'Northwind' });
    button('Not a rejection').click();
    expect(onNotRejection).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="status"]')?.textContent).toContain(
      "Thanks, removed. We won't flag this message again.",
    );
    expect(root.querySelector('.primary, .secondary')).toBeNull();

    await vi.advanceTimersByTimeAsync(THANKS_MS - 1);
    expect(notice.host.isConnected).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(notice.host.isConnected).toBe(false);
  });

  test('keeps keyboard focus inside after "Not a rejection"', () => {
    const { root, button } = show();
    button('Not a rejection').focus();
    button('Not a rejection').click();
    expect(root.activeElement).toBe(button('Close'));
  });

  test('closes with the × button', () => {
    const { notice, button } = show();
    button('Close').click();
    expect(notice.host.isConnected).toBe(false);
  });

  test("leaves Escape to the page while focus is in the page (Gmail's compose and search close with it)", () => {
    const { notice } = show();
    const compose = gmailButton('Compose');
    compose.focus();
    pressKey(compose);
    pressKey(document.body);
    expect(notice.host.isConnected).toBe(true);
  });

  test('closes with Escape inside it, even when the page stops the key, and gives focus back', () => {
    const { notice, button } = show();
    const compose = gmailButton('Compose');
    compose.focus();
    button('Open my plan').focus();
    button('Not a rejection').focus();
    const removed = vi.spyOn(document, 'removeEventListener');
    document.body.addEventListener('keydown', (event) => event.stopPropagation());
    pressKey(button('Not a rejection'), 'Enter');
    expect(notice.host.isConnected).toBe(true);
    pressKey(button('Not a rejection'));
    expect(notice.host.isConnected).toBe(false);
    expect(document.activeElement).toBe(compose);
    expect(removed).toHaveBeenCalledWith('keydown', expect.any(Function), true);
  });

  test('closing leaves focus alone when it was not in the notice', () => {
    const { notice, button } = show();
    const compose = gmailButton('Compose');
    const search = gmailButton('Search');
    compose.focus();
    button('Open my plan').focus();
    search.focus();
    notice.close();
    expect(document.activeElement).toBe(search);
  });

  test('shows one notice at a time: a new one replaces the old', () => {
    const first = show({ company: 'Northwind' });
    const removed = vi.spyOn(document, 'removeEventListener');
    const second = show({ company: 'Lumen' });
    expect(hosts()).toHaveLength(1);
    // The old notice was closed properly, its Escape listener with it.
    expect(removed).toHaveBeenCalledWith('keydown', expect.any(Function), true);
    expect(first.notice.host.isConnected).toBe(false);
    first.notice.close();
    expect(second.notice.host.isConnected).toBe(true);

    // Escape now closes the notice on screen, not the one replaced.
    pressKey(second.button('Close'));
    expect(hosts()).toHaveLength(0);
  });

  test('replaces a notice left by an earlier copy of the content script', () => {
    const stale = document.createElement('div');
    stale.setAttribute(NOTICE_ATTRIBUTE, '');
    document.body.append(stale);
    const { notice } = show();
    expect(Array.from(hosts())).toEqual([notice.host]);
  });
});
