import { type MessageKey, t } from '@/components/i18n';
import type { ImportProblem } from '@/storage/backup';
import type { ImportCounts } from '@/storage/restore';
import { formatBytes, formatCount } from './numbers';

/** What is wrong with a file, in words, always saying that nothing changed. */
export function importProblemMessage(problem: ImportProblem, locale: string): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('importProblemTooLarge', formatBytes(problem.limit, locale));
    case 'notJson':
      return t('importProblemNotJson');
    case 'notBackup':
      return t('importProblemNotBackup');
    case 'newerVersion':
      return t('importProblemNewerVersion');
    case 'invalid':
      return problem.missing
        ? t('importProblemMissing', problem.path)
        : t('importProblemWrong', [problem.path, t(`expected_${problem.expected}` as MessageKey)]);
  }
}

export function importDoneMessage(added: ImportCounts, merged: number, locale: string): string {
  return t(
    'dataImportDone',
    [added.rejections, added.wins, added.applications, merged].map((count) => formatCount(count, locale)),
  );
}
