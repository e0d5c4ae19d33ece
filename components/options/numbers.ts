import { type MessageKey, t } from '@/components/i18n';

/** A count in the reader's own digits and separators: "1,204". */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size as people read it: "12.4 MB". */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** A counted phrase from `<key>_one` or `<key>_other`, by the language's plural rules ("1 no", "14 no's"). */
export function counted(
  key: 'journeyRoadNos' | 'journeyRoadApplications',
  count: number,
  locale: string,
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, formatCount(count, locale));
}
