import { t } from '@/components/i18n';
import { LoadFailed } from '@/components/LoadFailed';
import { MomentumFigures } from '@/components/MomentumFigures';
import { usePreferences } from '@/components/use-preferences';
import type { ComebackDb } from '@/storage/db';
import { ChecklistEditor } from './ChecklistEditor';
import { optionsDb, pageLocale } from './page-context';

interface Props {
  db?: ComebackDb;
  /** The UI language, for numbers and days. */
  locale?: string;
}

/** The figures that show the way back, and the checklist each new rejection starts with. */
export function MomentumSection({ db = optionsDb(), locale = pageLocale() }: Props) {
  const settings = usePreferences();
  return (
    <>
      <p class="cb-muted">{t('momentumIntro')}</p>
      <MomentumFigures db={db} locale={locale} />
      {settings.status === 'ready' && <ChecklistEditor steps={settings.value.checklistSteps} />}
      {settings.status === 'failed' && <LoadFailed />}
    </>
  );
}
