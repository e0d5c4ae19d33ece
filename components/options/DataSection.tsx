import { t } from '@/components/i18n';
import type { ComebackDb } from '@/storage/db';
import { BackfillPanel } from './BackfillPanel';
import { CorrectionsPanel } from './CorrectionsPanel';
import { DeletePanel } from './DeletePanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { optionsDb, pageLocale } from './page-context';

interface Props {
  /** Read here for the downloads; every write goes to the background. */
  db?: ComebackDb;
  locale?: string;
}

/**
 * Your data, yours: a copy out, a copy back in, past rejections from a mailbox export, what "Not a rejection"
 * taught Comeback, and a clean slate.
 */
export function DataSection({ db = optionsDb(), locale = pageLocale() }: Props) {
  return (
    <div class="cb-data">
      <p class="cb-muted">{t('dataIntro')}</p>
      <ExportPanel db={db} />
      <ImportPanel locale={locale} />
      <BackfillPanel locale={locale} />
      <CorrectionsPanel db={db} />
      <DeletePanel />
    </div>
  );
}
