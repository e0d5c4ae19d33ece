import type { Rejection } from '@/storage/types';
import { tidy } from './text';
import type { Translate } from './translate';

type Named = Pick<Rejection, 'role' | 'company'>;

/** "Role at Company", or as much of it as is known. */
export function rejectionTitle({ role, company }: Named, t: Translate): string {
  const knownRole = tidy(role);
  const knownCompany = tidy(company);
  if (knownRole && knownCompany) return t('planHeading', [knownRole, knownCompany]);
  if (knownCompany) return t('planHeadingCompanyOnly', knownCompany);
  if (knownRole) return t('planHeadingRoleOnly', knownRole);
  return t('planHeadingUnknown');
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A date in the reader's own language, e.g. "12 Mar 2025" or "Mar 12, 2025". */
export function formatDay(at: number, locale: string): string {
  // Made once per language: the switcher lists dozens of dates, and making a format costs far more than using it.
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dayFormats.set(locale, format);
  }
  return format.format(at);
}

/** How a rejection is listed when switching between them: "Company — Role — date". */
export function rejectionChoiceLabel(
  rejection: Named & Pick<Rejection, 'receivedAt'>,
  t: Translate,
  locale: string,
) {
  const names = [tidy(rejection.company), tidy(rejection.role)].filter((part) => part !== undefined);
  const parts = names.length > 0 ? names : [t('planHeadingUnknown')];
  return [...parts, formatDay(rejection.receivedAt, locale)].join(' — ');
}

/** A moment in the reader's own language, with the weekday so "until" reads plainly, e.g. "Thu 3:30 PM". */
export function formatMoment(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}
