// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptDefinition } from 'wxt';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { siteSwitches } from '@/storage/settings';

const ENTRYPOINTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'entrypoints');
/** Every content script the build ships: a new one is checked without being listed here. */
const CONTENT_SCRIPTS = readdirSync(ENTRYPOINTS).filter((name) => name.endsWith('.content'));

const PAGE = '<div role="main"><p>The page as its site made it.</p></div>';
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function contentScript(name: string): Promise<ContentScriptDefinition> {
  return (await import(join(ENTRYPOINTS, name, 'index.ts'))).default as ContentScriptDefinition;
}

/** Whatever escapes a content script into the page: uncaught errors and rejections nobody handled. */
function watchForEscapes(): unknown[] {
  const escaped: unknown[] = [];
  const onEscape = (reason: unknown) => escaped.push(reason);
  process.on('unhandledRejection', onEscape);
  process.on('uncaughtException', onEscape);
  const onError = (event: ErrorEvent) => escaped.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  cleanups.push(() => {
    process.off('unhandledRejection', onEscape);
    process.off('uncaughtException', onEscape);
    window.removeEventListener('error', onError);
  });
  return escaped;
}

const cleanups: (() => void)[] = [];

beforeEach(() => {
  document.body.innerHTML = PAGE;
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.restoreAllMocks();
});

describe.each(CONTENT_SCRIPTS)('the %s entry point', (name) => {
  it('starts quietly when the extension is gone (reloaded or updated under an open page)', async () => {
    const escaped = watchForEscapes();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    const script = await contentScript(name);
    expect(() => script.main(new ContentScriptContext(name))).not.toThrow();
    await settle();
    expect(escaped).toEqual([]);
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('stops quietly when the extension is reloaded or updated under the open page', async () => {
    const escaped = watchForEscapes();
    const ctx = new ContentScriptContext(name);
    (await contentScript(name)).main(ctx);
    await settle();
    // What is left of the extension in the old script's world throws on every use.
    const gone = () => {
      throw new Error('Extension context invalidated.');
    };
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(gone);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(gone);
    ctx.notifyInvalidated();
    await settle();
    expect(escaped).toEqual([]);
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('starts quietly when the page breaks what it needs to watch', async () => {
    const escaped = watchForEscapes();
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor() {
          throw new Error('No observers on this page');
        }
      },
    );
    const script = await contentScript(name);
    expect(() => script.main(new ContentScriptContext(name))).not.toThrow();
    await settle();
    // Switched off and on again from the options page, onto the same broken page.
    const site = name.replace(/\.content$/, '');
    await siteSwitches.setValue({ [site]: false });
    await siteSwitches.setValue({ [site]: true });
    await settle();
    vi.unstubAllGlobals();
    expect(escaped).toEqual([]);
    expect(document.body.innerHTML).toBe(PAGE);
  });
});
