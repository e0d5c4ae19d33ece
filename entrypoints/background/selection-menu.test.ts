import { beforeEach, describe, expect, it } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { selectionDraft } from '@/storage/draft';
import { openDraft } from './open-plan';
import { DRAFT_NOTE_MAX_LENGTH, draftFromSelection } from './selection-draft';
import { LOG_SELECTION_MENU_ID, listenForSelections } from './selection-menu';

const REJECTION =
  'Thank you for applying for the Senior Product Designer role at Lumenfield. After careful consideration, ' +
  'we have decided to move forward with other candidates. We wish you the best.';
const INVITATION =
  'We would love to invite you to an interview for the Backend Engineer role at Initech next week. ' +
  'Please pick a time that suits you.';

type ClickListener = (info: Browser.contextMenus.OnClickData) => void;

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
      ...fakeBrowser.contextMenus.onClicked,
      addListener: (listener) => clickListeners.push(listener),
    },
  } as typeof fakeBrowser.contextMenus;
  const click = async (info: Partial<Browser.contextMenus.OnClickData>) => {
    for (const listener of clickListeners)
      listener({ editable: false, menuItemId: LOG_SELECTION_MENU_ID, ...info });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { menus, calls, click };
}

describe('draftFromSelection', () => {
  it('prefills company, role and the deciding sentence of a rejection', () => {
    const draft = draftFromSelection(REJECTION, 42);
    expect(draft).toMatchObject({
      company: 'Lumenfield',
      role: 'Senior Product Designer',
      looksLikeRejection: true,
      createdAt: 42,
    });
    expect(draft.note).toMatch(/^After careful consideration, we have decided to move forward/);
    expect(draft.note).not.toContain('Thank you for applying');
  });

  it('still drafts text that does not read as a rejection, noting its start', () => {
    const draft = draftFromSelection(`${INVITATION} ${'More details follow. '.repeat(30)}`, 1);
    expect(draft.looksLikeRejection).toBe(false);
    expect(draft.note?.startsWith('We would love to invite you')).toBe(true);
    expect(draft.note?.length).toBeLessThanOrEqual(DRAFT_NOTE_MAX_LENGTH);
  });
});

describe('"Log as a rejection" in the context menu', () => {
  let opened: number;
  let menus: ReturnType<typeof fakeContextMenus>;

  beforeEach(() => {
    opened = 0;
    menus = fakeContextMenus();
    listenForSelections(async () => {
      opened += 1;
    });
  });

  it('is added on install for selected text only, once however often the browser starts', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([...menus.menus.values()]).toEqual([
      { id: LOG_SELECTION_MENU_ID, title: 'Log as a rejection', contexts: ['selection'] },
    ]);
    expect(menus.calls).toEqual(['removeAll', 'create', 'removeAll', 'create']);
  });

  it('drafts the selection and opens it for the user to confirm, logging nothing yet', async () => {
    await menus.click({ selectionText: `  ${REJECTION}  ` });
    expect(opened).toBe(1);
    expect(await selectionDraft.getValue()).toMatchObject({
      company: 'Lumenfield',
      looksLikeRejection: true,
    });
    // The draft lives in session storage, which the browser clears when it closes.
    expect(Object.keys(await browser.storage.session.get())).toEqual(['selectionDraft']);
  });

  it('ignores another menu item and an empty selection', async () => {
    await menus.click({ menuItemId: 'something-else', selectionText: REJECTION });
    await menus.click({ selectionText: '   ' });
    expect(opened).toBe(0);
    expect(await selectionDraft.getValue()).toBeNull();
  });

  it('drops a draft left from an earlier browser session at startup', async () => {
    await selectionDraft.setValue(draftFromSelection(REJECTION, 1));
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((resolve) => setTimeout(resolve, 0));
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
