import type { MessageKey } from '@/components/i18n';
import type { MessageTemplate, TemplateKind } from '@/storage/types';
import { tidy } from './text';
import type { Translate } from './translate';

/** The details a template can name, written `{recruiter}`, `{company}`, `{role}`, `{me}` and `{mentor}`. */
export const PLACEHOLDERS = ['recruiter', 'company', 'role', 'me', 'mentor'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

/** What a placeholder is, for the template editor; `templatePlaceholder_<name>` in `_locales`. */
export const PLACEHOLDER_DOCS: Record<Placeholder, MessageKey> = {
  recruiter: 'templatePlaceholder_recruiter',
  company: 'templatePlaceholder_company',
  role: 'templatePlaceholder_role',
  me: 'templatePlaceholder_me',
  mentor: 'templatePlaceholder_mentor',
};

/** Words for a placeholder left unknown outside square brackets; one without any simply disappears. */
const FALLBACKS: Partial<Record<Placeholder, MessageKey>> = {
  recruiter: 'templateFallbackRecruiter',
  company: 'templateFallbackCompany',
  role: 'templateFallbackRole',
};

export interface TemplateInfo {
  kind: TemplateKind;
  label: MessageKey;
  /** The built-in wording, used until the user edits the template. */
  subject: MessageKey;
  body: MessageKey;
}

/** The feedback requests the popup offers, in the order it lists them. */
export const FEEDBACK_TEMPLATES: readonly TemplateInfo[] = [
  {
    kind: 'feedbackShort',
    label: 'templateLabel_feedbackShort',
    subject: 'templateSubject_feedbackShort',
    body: 'templateBody_feedbackShort',
  },
  {
    kind: 'feedbackWarm',
    label: 'templateLabel_feedbackWarm',
    subject: 'templateSubject_feedbackWarm',
    body: 'templateBody_feedbackWarm',
  },
  {
    kind: 'feedbackAfterInterview',
    label: 'templateLabel_feedbackAfterInterview',
    subject: 'templateSubject_feedbackAfterInterview',
    body: 'templateBody_feedbackAfterInterview',
  },
  {
    kind: 'feedbackFinalRound',
    label: 'templateLabel_feedbackFinalRound',
    subject: 'templateSubject_feedbackFinalRound',
    body: 'templateBody_feedbackFinalRound',
  },
];

/** A note for a past coworker, offered next to the checklist's "reach out" step. */
export const REACH_OUT_TEMPLATE: TemplateInfo = {
  kind: 'reachOut',
  label: 'templateLabel_reachOut',
  subject: 'templateSubject_reachOut',
  body: 'templateBody_reachOut',
};

/** A note telling the user's mentor or buddy how it went. */
export const MENTOR_TEMPLATE: TemplateInfo = {
  kind: 'mentor',
  label: 'templateLabel_mentor',
  subject: 'templateSubject_mentor',
  body: 'templateBody_mentor',
};

/** Every template the options page lets the user edit; another kind is listed by adding its entry here. */
export const EDITABLE_TEMPLATES: readonly TemplateInfo[] = [
  ...FEEDBACK_TEMPLATES,
  REACH_OUT_TEMPLATE,
  MENTOR_TEMPLATE,
];

export interface TemplateText {
  subject: string;
  body: string;
}

/** The template as the user last saved it, else the built-in wording. */
export function templateText(
  info: TemplateInfo,
  saved: readonly MessageTemplate[],
  t: Translate,
): TemplateText & { edited: boolean } {
  const own = saved.find((template) => template.id === info.kind);
  if (own) return { subject: own.subject, body: own.body, edited: true };
  return { subject: t(info.subject), body: t(info.body), edited: false };
}

const PLACEHOLDER_PATTERN = /\{(\w+)\}/g;
const CHOICE_PATTERN = /\[([^[\]]*)\]/g;

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

function known(values: TemplateValues, name: string): boolean {
  return !isPlaceholder(name) || tidy(values[name]) !== undefined;
}

/** Fills every placeholder; an unknown one gets its stand-in words. A name that is no placeholder stays as typed. */
function fillPlaceholders(text: string, values: TemplateValues, t: Translate): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    const value = tidy(values[name]);
    if (value !== undefined) return value;
    const fallback = FALLBACKS[name];
    return fallback ? t(fallback) : '';
  });
}

/** `[a|b|c]`: the first choice whose placeholders are all known, or nothing when none is. */
function pickChoices(text: string, values: TemplateValues): string {
  return text.replace(CHOICE_PATTERN, (_, inside: string) => {
    const choice = inside
      .split('|')
      .find((option) =>
        [...option.matchAll(PLACEHOLDER_PATTERN)].every(([, name]) => known(values, name ?? '')),
      );
    return choice ?? '';
  });
}

/** Tidies what leaving words out may leave behind: doubled spaces, a space before punctuation, empty lines. */
function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]+/g, ' ')
        .replace(/ ([,.;:!?])/g, '$1')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A template with its details filled in, reading naturally whatever is unknown: square-bracket choices take the
 * first option that can be filled, an unknown placeholder outside them gets plain stand-in words.
 */
export function fillTemplate(template: TemplateText, values: TemplateValues, t: Translate): TemplateText {
  const fill = (text: string) => tidyText(fillPlaceholders(pickChoices(text, values), values, t));
  return { subject: fill(template.subject).replace(/\n+/g, ' '), body: fill(template.body) };
}
