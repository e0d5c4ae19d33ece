import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SITES } from './sites/registry';

/**
 * What a store reviewer needs to rebuild the extension from source, and nothing else of the checkout: an allowlist,
 * so a new folder never slips into the sources zip unseen (`npm run check:store` rebuilds from the zip to prove it
 * is enough). Test files are left out by WXT's own defaults.
 */
export const SOURCES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'README.md',
  'public/**',
  'entrypoints/**',
  'components/**',
  'detector/**',
  'mail/**',
  'messaging/**',
  'plan/**',
  'sites/**',
  'storage/**',
];

const TOOLBAR_BUTTON = { default_title: '__MSG_extName__' };

/**
 * The mail sites' pages, where the background adds the detector to a frame once a message opens there: adding a
 * file to a page needs access to its host, which content scripts' matches alone do not give. The same patterns as
 * those content scripts, so the extension reaches no further. (WXT lists them under `permissions` in Manifest V2.)
 */
const DETECTOR_PAGES = Object.values(SITES)
  .filter((site) => site.kind === 'mail')
  .flatMap((site) => [...site.matches]);

/** Firefox only. Firefox gets Manifest V2 (WXT's default): the README's "Firefox" section says why. */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'comeback@comeback.invalid',
    // 140 (an ESR) is the first desktop Firefox that reads `data_collection_permissions`.
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none' as const] },
  },
  // Firefox for Android reads it from 142 on.
  gecko_android: { strict_min_version: '142.0' },
};

/**
 * The extension's own pages and background load scripts, styles and images from the package only and connect
 * nowhere but the package: no remote code, and nothing could leave the machine even if some code tried. Built
 * packages only: `wxt` (dev) serves pages from a local server and reloads them over a socket, so it keeps WXT's
 * own policy there. The string form is Manifest V2's (Firefox).
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * webextension-polyfill ships as CommonJS. Imported as such, the bundler copies each property of what it exports onto
 * a new object, and where the browser has its own `browser` (Chrome and Firefox today) that is the browser's: reading
 * each property builds one of its API namespaces, about 1 ms in every page a content script runs in. Read as a module
 * that exports what the file makes, the same code needs no copy.
 */
function polyfillAsModule(): Plugin {
  return {
    name: 'comeback:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/webextension-polyfill/dist/browser-polyfill.js')) return undefined;
      return `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [polyfillAsModule(), preact()] }),
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each one is justified in the README ("Permissions").
    permissions: [
      'storage',
      'contextMenus',
      // The tab where "Log as a rejection" was chosen, for that moment only: its selection is read again there,
      // line breaks kept, which the menu's own copy of the text loses.
      'activeTab',
      'alarms',
      'notifications',
      // Manifest V2's `tabs.executeScript` needs no permission of its own.
      ...(manifestVersion === 3 ? ['scripting' as const] : []),
    ],
    host_permissions: DETECTOR_PAGES,
    // WXT adds the popup to whichever key the manifest version names.
    ...(manifestVersion === 2 ? { browser_action: TOOLBAR_BUTTON } : { action: TOOLBAR_BUTTON }),
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
    ...(command === 'build'
      ? {
          content_security_policy:
            manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
        }
      : {}),
  }),
  zip: {
    includeSources: SOURCES,
    // Saved pages and mails the tests read, and the helpers only tests use: the build never reads them.
    excludeSources: [
      '**/fixtures/**',
      'sites/fixture-loader.ts',
      'sites/*/load-fixture.ts',
      'sites/*/fixtures.ts',
      'sites/status/selector-checks.ts',
      'sites/fake-detector.ts',
      'mail/mbox-write.ts',
    ],
  },
});
