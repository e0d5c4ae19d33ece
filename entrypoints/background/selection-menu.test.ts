import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { selectionDraft } from '@/storage/draft';
import { openDraft } from './open-plan';
import { DRAFT_NOTE_MAX_LENGTH, draftFromSelection } from './selection-draft';
import { LOG_SELECTION_MENU_ID, listenForSelections } from './selection-menu';
import { readSelection } from './selection-read';

const REJECTION =
  'Thank you for applying for the Senior Product Designer role at Lumenfield. After careful consideration, ' +
  'we have decided to move forward with other candidates. We wish you the best.';
const INVITATION =
  'We would love to invite you to an interview for the Backend Engineer role at Initech next week. ' +
  'Please pick a time that suits you.';
/** A rejection as it stands on the page: its signature names the recruiter and, under them, the company. */
const SIGNED_REJECTION = [
  'Hi Alex,',
  '',
  'Thank you for interviewing with us for the Staff Data Engineer position.',
  '',
  "After much deliberation, we've decided not to proceed with your candidacy at this time.",
  '',
  'Kind regards,',
  'Marcus Chen',
  'Senior Technical Recruiter at Globex',
].join('\n');
/** The same, as Chrome's `selectionText` hands it over: every line break folded into a space. */
const FOLDED = SIGNED_REJECTION.replace(/\s+/g, ' ');
const PAGE_URL = 'https://careers.example/messages/42';
const TAB = { id: 7 } as Browser.tabs.Tab;

type ClickListener = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => unknown;

/** fakeBrowser leaves context menus out: a small stand-in that records what the background does with them. */
function fakeContextMenus() {
  const menus = new Map<string | number, Browser.contextMenus.CreateProperties>();
  const clickListeners: ClickListener[] = [];
  const calls: string[] = [];
  fakeBrowser.contextMenus = {
    ...fakeBrowser.contextMenus,
    create(properties: Browser.contextMenus.CreateProperties) {
      calls.push('create');
      if (properties.id !== undefined && menus.has(properties.id)) throw new Error('duplicate id');
      menus.set(properties.id ?? menus.size, properties);
      return properties.id ?? menus.size;
    },
    async removeAll() {
      calls.push('removeAll');
      menus.clear();
    },
    onClicked: {
      ...fakeBrowser.contextMenus?.onClicked,
      addListener: (listener) => clickListeners.push(listener),
    },
  } as typeof fakeBrowser.contextMenus;
  const click = async (info: Partial<Browser.contextMenus.OnClickData>, tab?: Browser.tabs.Tab) => {
    // The background's listener hands back its work's promise, so a click can be waited for.
    await Promise.all(
      clickListeners.map((listener) =>
        listener({ editable: false, menuItemId: LOG_SELECTION_MENU_ID, ...info }, tab),
      ),
    );
  };
  return { menus, calls, click };
}

/** The page's own selection, as a script run in the clicked frame reads it. */
function pageSelection(text: string) {
  // `[] as never`: the spy takes the type of the callback overload, which returns nothing.
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockResolvedValue([{ frameId: 3, documentId: 'doc', result: text }] as never);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('draftFromSelection', () => {
  it('prefills company, role and the deciding sentence of a rejection', () => {
    const draft = draftFromSelection({ text: REJECTION }, 42);
    expect(draft).toMatchObject({
      company: 'Lumenfield',
      role: 'Senior Product Designer',
      looksLikeRejection: true,
      createdAt: 42,
    });
    expect(draft.note).toMatch(/^After careful consideration, we have decided to move forward/);
    expect(draft.note).not.toContain('Thank you for applying');
  });

  it('finds the recruiter and the company in the signature of a selection that keeps its lines', () => {
    expect(draftFromSelection({ text: SIGNED_REJECTION, pageUrl: PAGE_URL }, 1)).toMatchObject({
      company: 'Globex',
      role: 'Staff Data Engineer',
      recruiter: 'Marcus Chen',
      url: PAGE_URL,
      looksLikeRejection: true,
    });
    // Why the lines matter: folded into one, the signature no longer reads as one.
    const folded = draftFromSelection({ text: FOLDED }, 1);
    expect(folded.company).toBeUndefined();
    expect(folded.recruiter).toBeUndefined();
  });

  it('finds the company named in the words of a selection Chrome folded into one line', () => {
    const lines = [
      'Hi Alex,',
      '',
      'Thank you for interviewing for the Staff Data Engineer position at Globex.',
      '',
      "After much deliberation, we've decided not to proceed with your candidacy at this time.",
      '',
      'Kind regards,',
      'Marcus Chen',
    ];
    const folded = lines.join(' ').replace(/\s+/g, ' ');
    expect(folded).not.toContain('\n');
    expect(draftFromSelection({ text: folded }, 1)).toMatchObject({
      company: 'Globex',
      role: 'Staff Data Engineer',
      looksLikeRejection: true,
    });
  });

  it('still drafts text that does not read as a rejection, noting its start', () => {
    const draft = draftFromSelection({ text: `${INVITATION} ${'More details follow. '.repeat(30)}` }, 1);
    expect(draft.looksLikeRejection).toBe(false);
    expect(draft.note?.startsWith('We would love to invite you')).toBe(true);
    expect(draft.note?.length).toBeLessThanOrEqual(DRAFT_NOTE_MAX_LENGTH);
  });
});

describe('readSelection', () => {
  const info = { editable: false, menuItemId: LOG_SELECTION_MENU_ID, selectionText: FOLDED, frameId: 3 };

  it('reads the selection from the clicked frame with scripting in Manifest V3', async () => {
    const executeScript = pageSelection(SIGNED_REJECTION);
    expect(await readSelection(info, TAB, 3)).toBe(SIGNED_REJECTION);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: 7, frameIds: [3] } });
  });

  it('reads it with tabs.executeScript in Manifest V2', async () => {
    const executeScript = vi
      .spyOn(fakeBrowser.tabs, 'executeScript')
      .mockResolvedValue([SIGNED_REJECTION] as never);
    expect(await readSelection(info, TAB, 2)).toBe(SIGNED_REJECTION);
    expect(executeScript.mock.calls).toEqual([[7, { code: expect.any(String), frameId: 3 }]]);
  });

  it('falls back to the text the menu gave where no script may run, or the frame has lost the selection', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValueOnce(
      new Error('Cannot access contents of the page'),
    );
    expect(await readSelection(info, TAB, 3)).toBe(FOLDED);
    pageSelection('  ');
    expect(await readSelection(info, TAB, 3)).toBe(FOLDED);
  });

  it('asks no page at all when the click came from outside a tab', async () => {
    const executeScript = pageSelection(SIGNED_REJECTION);
    expect(await readSelection(info, undefined, 3)).toBe(FOLDED);
    expect(await readSelection(info, { ...TAB, id: -1 }, 3)).toBe(FOLDED);
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('"Log as a rejection" in the context menu', () => {
  let opened: number;
  let menus: ReturnType<typeof fakeContextMenus>;
  const start = () =>
    listenForSelections(async () => {
      opened += 1;
    });

  beforeEach(() => {
    opened = 0;
    menus = fakeContextMenus();
    start();
  });

  it('is added for selected text only each time the background starts, never twice', async () => {
    start();
    await vi.waitFor(() => expect(menus.calls).toEqual(['removeAll', 'create', 'removeAll', 'create']));
    expect([...menus.menus.values()]).toEqual([
      { id: LOG_SELECTION_MENU_ID, title: 'Log as a rejection', contexts: ['selection'] },
    ]);
  });

  it('drafts the selection and opens it for the user to confirm, logging nothing yet', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a PDF'));
    await menus.click({ selectionText: `  ${REJECTION}  ` }, TAB);
    expect(opened).toBe(1);
    expect(await selectionDraft.getValue()).toMatchObject({
      company: 'Lumenfield',
      looksLikeRejection: true,
    });
    // The draft lives in session storage, which the browser clears when it closes.
    expect(Object.keys(await browser.storage.session.get())).toEqual(['selectionDraft']);
  });

  it('drafts from the selection as the page holds it, with the recruiter and the page it was on', async () => {
    pageSelection(SIGNED_REJECTION);
    await menus.click({ selectionText: FOLDED, frameId: 0, pageUrl: PAGE_URL }, TAB);
    expect(opened).toBe(1);
    expect(await selectionDraft.getValue()).toMatchObject({
      company: 'Globex',
      recruiter: 'Marcus Chen',
      url: PAGE_URL,
    });
  });

  it('ignores another menu item and an empty selection', async () => {
    await menus.click({ menuItemId: 'something-else', selectionText: REJECTION }, TAB);
    await menus.click({ selectionText: '   ' }, TAB);
    expect(opened).toBe(0);
    expect(await selectionDraft.getValue()).toBeNull();
  });

  it('drops a draft left from an earlier browser session at startup', async () => {
    await selectionDraft.setValue(draftFromSelection({ text: REJECTION }, 1));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await selectionDraft.getValue()).toBeNull();
  });
});

describe('a browser without context menus (Firefox for Android)', () => {
  it('goes without the item, still dropping an old draft at startup', async () => {
    fakeBrowser.contextMenus = undefined as unknown as typeof fakeBrowser.contextMenus;
    expect(() => listenForSelections(async () => undefined)).not.toThrow();
    await selectionDraft.setValue(draftFromSelection({ text: REJECTION }, 1));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await selectionDraft.getValue()).toBeNull();
  });
});

describe('openDraft', () => {
  it('opens the draft in a tab when the popup cannot be opened', async () => {
    await openDraft();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/popup.html?draft=1');
  });
});
