import type { MessageTemplate } from '@/storage/types';
import { firstName, gmailComposeUrl, type MailDraft, mailtoUrl } from './feedback';
import {
  fillTemplate,
  MENTOR_TEMPLATE,
  REACH_OUT_TEMPLATE,
  type TemplateText,
  type TemplateValues,
  templateText,
} from './templates';
import { tidy } from './text';
import type { Translate } from './translate';

/** What a rejection's plan knows for a note: the company and role it was for. */
export interface NoteFacts {
  company?: string;
  role?: string;
}

/** How the plan calls the mentor: by first name when their name has one ("Tell Sam how it went"). */
export function mentorCallName(name: string): string {
  return firstName(name) ?? name.replace(/\s+/g, ' ').trim();
}

function noteValues(facts: NoteFacts, userName: string, mentorName?: string): TemplateValues {
  return {
    company: tidy(facts.company),
    role: tidy(facts.role),
    me: tidy(userName),
    mentor: mentorName === undefined ? undefined : mentorCallName(mentorName),
  };
}

/** The note for a past coworker, in the user's own wording if they saved some. */
export function reachOutNote(
  facts: NoteFacts,
  userName: string,
  saved: readonly MessageTemplate[],
  t: Translate,
): TemplateText {
  return fillTemplate(templateText(REACH_OUT_TEMPLATE, saved, t), noteValues(facts, userName), t);
}

/** The note telling the mentor how it went, in the user's own wording if they saved some. */
export function mentorNote(
  facts: NoteFacts,
  userName: string,
  mentorName: string,
  saved: readonly MessageTemplate[],
  t: Translate,
): TemplateText {
  return fillTemplate(templateText(MENTOR_TEMPLATE, saved, t), noteValues(facts, userName, mentorName), t);
}

/**
 * Gmail's compose window for someone who reads their mail there (in the account of `seenAt`, the rejection's
 * address), their own mail app otherwise.
 */
export function composeUrl(draft: MailDraft, viaGmail: boolean, seenAt?: string): string {
  return viaGmail ? gmailComposeUrl(draft, seenAt) : mailtoUrl(draft);
}
