// @vitest-environment happy-dom
import type { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AdapterHealth } from '@/sites/health';
import { loadFixture, mountFixture } from '@/sites/status/load-fixture';
import type { StatusRow } from '@/sites/status/types';
import { WORKDAY_PAGES } from './fixtures';
import { watchWorkday } from './watcher';

const PATIENCE_MS = 10_000;
let stop: (() => void) | undefined;

function watch(onRows: (rows: StatusRow[]) => void, onHealth?: (health: AdapterHealth) => void) {
  stop = watchWorkday({ doc: document, win: window, onRows, onHealth, patienceMs: PATIENCE_MS });
}

/** Long enough for the poll and the debounce to run. */
const settle = () => vi.advanceTimersByTimeAsync(1_500);

const handedOver = (onRows: ReturnType<typeof vi.fn>) =>
  onRows.mock.calls.map(([rows]) => (rows as StatusRow[]).map((row) => `${row.role}: ${row.status}`));

/** Workday swaps the tab panel's content when the user picks the other tab. */
function showTab(page: (typeof WORKDAY_PAGES)[keyof typeof WORKDAY_PAGES]) {
  const panel = loadFixture(page).querySelector('[role="tabpanel"]') as Element;
  document
    .querySelector('[role="tabpanel"]')
    ?.replaceChildren(...Array.from(panel.childNodes, (node) => document.importNode(node, true)));
}

beforeEach(() => {
  vi.useFakeTimers();
  (window as unknown as HappyWindow).happyDOM.setURL(WORKDAY_PAGES.list.url);
  document.body.replaceChildren();
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('watchWorkday', () => {
  test('waits for candidate home to render, then hands over each application once', async () => {
    const onRows = vi.fn();
    const onHealth = vi.fn();
    watch(onRows, onHealth);
    await settle();
    expect(onRows).not.toHaveBeenCalled();

    mountFixture(WORKDAY_PAGES.list);
    await settle();
    expect(handedOver(onRows)).toEqual([
      [
        'Senior Product Designer: Not Selected',
        'UX Researcher: Withdrawn',
        'Robotics Engineer II: No Longer Under Consideration',
      ],
    ]);

    // Workday re-renders the same rows (a hover, a refresh): nothing new.
    document.querySelector('[data-automation-id="applicationsList"]')?.append(document.createElement('li'));
    await settle();
    expect(onRows).toHaveBeenCalledTimes(1);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 3, missed: 0, errors: 0 });
  });

  test('follows a switch to the other tab, and a status that changes while the page is open', async () => {
    mountFixture(WORKDAY_PAGES.list);
    const onRows = vi.fn();
    watch(onRows);
    await settle();

    showTab(WORKDAY_PAGES.table);
    await settle();
    expect(handedOver(onRows).at(-1)).toEqual(['Data Analyst: In Review', 'Applied Scientist: Not Selected']);

    const inReview = Array.from(document.querySelectorAll('td span')).find(
      (span) => span.textContent === 'In Review',
    );
    inReview?.replaceChildren('Not Selected');
    await settle();
    expect(handedOver(onRows).at(-1)).toEqual(['Data Analyst: Not Selected']);
    expect(onRows).toHaveBeenCalledTimes(3);
  });

  test('counts rows missing a part as a miss on candidate home', async () => {
    mountFixture(WORKDAY_PAGES.list);
    document.querySelector('[data-automation-id="status"]')?.remove();
    const onHealth = vi.fn();
    watch(vi.fn(), onHealth);
    await settle();
    expect(onHealth).toHaveBeenLastCalledWith({ read: 2, missed: 1, errors: 0 });
  });

  test.each([
    ['a career site', 'https://acme.wd5.myworkdayjobs.com/en-US/External'],
    ["an employee's own HR pages", 'https://wd5.myworkday.com/acme/d/home.htmld'],
  ])('reads nothing and counts no miss anywhere but candidate home: %s', async (_, url) => {
    mountFixture({ ...WORKDAY_PAGES.list, url });
    // Rows of job links like candidate home's, but no heading that names it.
    document.querySelector('[data-automation-id="candidateHomeTitle"]')?.remove();
    document.querySelector('[data-automation-id="status"]')?.remove();
    const onRows = vi.fn();
    const onHealth = vi.fn();
    watch(onRows, onHealth);
    window.dispatchEvent(new Event('popstate'));
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 2);
    expect(onRows).not.toHaveBeenCalled();
    expect(onHealth).not.toHaveBeenCalled();
  });

  test('reads candidate home inside the Workday app, known by its heading alone', async () => {
    mountFixture(WORKDAY_PAGES.app);
    const onRows = vi.fn();
    watch(onRows);
    await settle();
    expect(handedOver(onRows)).toEqual([
      ['Supply Chain Analyst: Not Selected', 'Procurement Lead: In Review'],
    ]);
  });

  test('starts reading when the app moves to candidate home without a page load', async () => {
    mountFixture({ ...WORKDAY_PAGES.list, url: 'https://acme.wd5.myworkdayjobs.com/en-US/External' });
    document.querySelector('[data-automation-id="candidateHomeTitle"]')?.remove();
    const onRows = vi.fn();
    watch(onRows);
    await settle();
    expect(onRows).not.toHaveBeenCalled();

    window.history.pushState(null, '', WORKDAY_PAGES.list.url);
    await settle();
    expect(handedOver(onRows)).toHaveLength(1);
  });

  test('says once when candidate home shows no list of applications for too long', async () => {
    document.body.append(document.createElement('main'));
    const onHealth = vi.fn();
    watch(vi.fn(), onHealth);
    await vi.advanceTimersByTimeAsync(PATIENCE_MS - 1_000);
    expect(onHealth).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onHealth).toHaveBeenCalledWith({ read: 0, missed: 1, errors: 0 });
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 3);
    expect(onHealth).toHaveBeenCalledTimes(1);
  });

  test('does not count a list that goes away after it was seen, nor a missing list elsewhere', async () => {
    mountFixture(WORKDAY_PAGES.list);
    const onHealth = vi.fn();
    watch(vi.fn(), onHealth);
    await settle();
    document.querySelector('[role="tabpanel"]')?.replaceChildren('You have no inactive applications.');
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 2);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 3, missed: 0, errors: 0 });
    stop?.();

    (window as unknown as HappyWindow).happyDOM.setURL('https://acme.wd5.myworkdayjobs.com/en-US/External');
    document.body.replaceChildren();
    const elsewhere = vi.fn();
    watch(vi.fn(), elsewhere);
    await vi.advanceTimersByTimeAsync(PATIENCE_MS * 2);
    expect(elsewhere).not.toHaveBeenCalled();
  });

  test('keeps watching, and counts the error, when the callback throws', async () => {
    mountFixture(WORKDAY_PAGES.list);
    const onHealth = vi.fn();
    const onRows = vi.fn().mockImplementationOnce(() => {
      throw new Error('background unreachable');
    });
    watch(onRows, onHealth);
    await settle();
    showTab(WORKDAY_PAGES.table);
    await settle();
    expect(onRows).toHaveBeenCalledTimes(2);
    expect(onHealth).toHaveBeenLastCalledWith({ read: 5, missed: 0, errors: 1 });
  });

  test('stop() disconnects everything', async () => {
    const onRows = vi.fn();
    watch(onRows);
    stop?.();
    expect(vi.getTimerCount()).toBe(0);
    mountFixture(WORKDAY_PAGES.list);
    await settle();
    expect(onRows).not.toHaveBeenCalled();
  });
});
