import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EDITABLE_TEMPLATES, fillTemplate, PLACEHOLDERS, type TemplateValues } from '@/plan/templates';
import type { Translate } from '@/plan/translate';
import { SITE_IDS } from '@/sites/registry';
import { DEFAULT_STEP_IDS } from '@/storage/defaults';
import { messageReader } from './setup/unit';
import { keysUsedIn, keysUsedInProject } from './unit/message-keys';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALES_DIR = join(ROOT, 'public', '_locales');
const SHIPPED = ['en', 'de', 'es', 'fr'];
/** The Chrome Web Store cuts a manifest description longer than this. */
const STORE_DESCRIPTION_LIMIT = 132;

const locales: Record<string, Messages> = Object.fromEntries(
  readdirSync(LOCALES_DIR).map((locale) => [
    locale,
    JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages,
  ]),
);
const english = locales.en as Messages;
const translations = Object.keys(locales).filter((locale) => locale !== 'en');

/** What a message's substitutions look like: the `$NAME$`s it uses and what each stands for. */
function substitutions(entry: Entry): string {
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map(([, name]) => name?.toLowerCase());
  const declared = Object.entries(entry.placeholders ?? {}).map(
    ([name, { content }]) => `${name}=${content}`,
  );
  const direct = entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '').match(/\$\d/g) ?? [];
  return JSON.stringify({
    used: [...new Set(used)].sort(),
    declared: declared.sort(),
    direct: direct.sort(),
  });
}

const TEMPLATE_PLACEHOLDER = /\{(\w+)\}/g;
const CHOICE = /\[([^[\]]*)\]/g;

/**
 * A template's tokens: the `{placeholder}`s it names, and each `[a|b]` choice as the placeholders of its options
 * in order, since that order decides which wording is picked when a detail is unknown. Choices may move around a
 * translated sentence, so they are compared as a sorted list. Brackets left over after the choices are taken out
 * mean one is unbalanced or nested.
 */
function templateTokens(message: string): string {
  const placeholders = [...message.matchAll(TEMPLATE_PLACEHOLDER)].map(([, name]) => name);
  const choices = [...message.matchAll(CHOICE)].map(([, inside]) =>
    (inside ?? '')
      .split('|')
      .map((option) =>
        [...option.matchAll(TEMPLATE_PLACEHOLDER)]
          .map(([, name]) => name)
          .sort()
          .join('+'),
      )
      .join('|'),
  );
  const stray = /[[\]]/.test(message.replace(CHOICE, ''));
  return JSON.stringify({ placeholders: [...new Set(placeholders)].sort(), choices: choices.sort(), stray });
}

/** Keys whose value in `locale` differs from English by `describe`, with both sides shown. */
function differences(locale: Messages, describe: (entry: Entry) => string): string[] {
  return Object.entries(english).flatMap(([key, entry]) => {
    const own = locale[key];
    if (!own) return [];
    const [expected, actual] = [describe(entry), describe(own)];
    return expected === actual ? [] : [`${key}: ${actual} instead of ${expected}`];
  });
}

describe('_locales', () => {
  it('ships English, German, Spanish and French', () => {
    expect(Object.keys(locales)).toEqual(expect.arrayContaining(SHIPPED));
  });

  it.each(Object.keys(locales))(
    '%s: every message is text, and every $NAME$ is declared and used',
    (locale) => {
      const problems = Object.entries(locales[locale] as Messages).flatMap(([key, entry]) => {
        if (typeof entry.message !== 'string' || entry.message.trim() === '') return [`${key}: empty`];
        const used = new Set(
          [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map(([, name]) => name?.toLowerCase()),
        );
        const declared = new Set(Object.keys(entry.placeholders ?? {}));
        const undeclared = [...used].filter((name) => !declared.has(name ?? ''));
        const unused = [...declared].filter((name) => !used.has(name));
        return [
          ...undeclared.map((name) => `${key}: $${name}$ undeclared`),
          ...unused.map((name) => `${key}: ${name} unused`),
        ];
      });
      expect(problems).toEqual([]);
    },
  );

  it.each(Object.keys(locales))('%s: the store description fits the store limit', (locale) => {
    const description = locales[locale]?.extDescription?.message ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(STORE_DESCRIPTION_LIMIT);
  });

  describe.each(translations)('%s', (locale) => {
    const messages = locales[locale] as Messages;

    it('has every English key and no other', () => {
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
      expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
    });

    it('uses the same placeholders as English, standing for the same substitutions', () => {
      expect(differences(messages, substitutions)).toEqual([]);
    });

    it('keeps every template token and [a|b] choice of English', () => {
      expect(differences(messages, (entry) => templateTokens(entry.message))).toEqual([]);
    });

    /** Every detail, or none: the two ends of what a template has to read well with. */
    const everything: TemplateValues = Object.fromEntries(PLACEHOLDERS.map((name) => [name, `«${name}»`]));

    it.each(EDITABLE_TEMPLATES.map((info) => info.kind))(
      'fills the %s template like English does',
      (kind) => {
        const info = EDITABLE_TEMPLATES.find((each) => each.kind === kind);
        if (!info) throw new Error(kind);
        const fill = (values: TemplateValues, t: Translate) => {
          const { subject, body } = fillTemplate({ subject: t(info.subject), body: t(info.body) }, values, t);
          return `${subject}\n${body}`;
        };
        const own = messageReader(messages) as Translate;
        const mentioned = (text: string) => PLACEHOLDERS.filter((name) => text.includes(`«${name}»`));
        expect(mentioned(fill(everything, own))).toEqual(
          mentioned(fill(everything, messageReader(english) as Translate)),
        );
        expect(fill({}, own)).not.toMatch(/[[\]{}|]|undefined/);
      },
    );
  });
});

describe('message keys named in the source', () => {
  const uses = keysUsedInProject(ROOT);
  const exists = ({ key, prefix }: { key: string; prefix: boolean }) =>
    prefix ? Object.keys(english).some((known) => known.startsWith(key)) : key in english;

  it('are found across the code, the manifest and the pages', () => {
    const where = new Set(uses.map((use) => use.where.split(/[\\/:]/)[0]));
    expect(uses.length).toBeGreaterThan(200);
    expect([...where]).toEqual(
      expect.arrayContaining(['components', 'plan', 'entrypoints', 'wxt.config.ts']),
    );
  });

  it('all exist in English', () => {
    expect(uses.filter((use) => !exists(use)).map((use) => `${use.where}: ${use.key}`)).toEqual([]);
  });

  it('include a name for every site and a wording for every default checklist step', () => {
    const built = [
      ...SITE_IDS.map((site) => `site_${site}`),
      ...DEFAULT_STEP_IDS.map((step) => `step_${step}`),
    ];
    expect(built.filter((key) => !(key in english))).toEqual([]);
  });

  it('are read from calls, prefixes, typed properties, typed lists and manifests', () => {
    const source = `
      import type { MessageKey } from './i18n';
      interface Info { label: MessageKey; kind: string }
      const INFO: Info = { label: 'typedProperty', kind: 'notAKey' };
      const LIST: readonly MessageKey[] = ['typedList'];
      const DOCS: Record<string, MessageKey> = { a: 'typedRecord' };
      t('literalCall');
      browser.i18n.getMessage('getMessageCall');
      t(\`prefix_\${id}\` as MessageKey);
      t(\`\${dynamic}\`);
    `;
    const found = keysUsedIn([
      { path: 'a.ts', text: source },
      { path: 'manifest.ts', text: "name: '__MSG_manifestName__'" },
    ]).map(({ key, prefix }) => (prefix ? `${key}*` : key));
    expect(found.sort()).toEqual(
      [
        'getMessageCall',
        'literalCall',
        'manifestName',
        'prefix_*',
        'typedList',
        'typedProperty',
        'typedRecord',
      ].sort(),
    );
  });
});
