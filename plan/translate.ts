import type { t } from '@/components/i18n';

/** The translator is passed in, so the plan's wording stays pure and testable with any messages. */
export type Translate = typeof t;
