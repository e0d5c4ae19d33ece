import { t } from './i18n';

/** What a part of a page says when what it shows could not be read. */
export function LoadFailed() {
  return (
    <p class="cb-problem" role="alert">
      {t('errorGeneric')}
    </p>
  );
}
