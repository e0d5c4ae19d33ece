import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';

/** A small way from the popup to the options page, which opens in a tab of its own. */
export function OptionsLink() {
  return (
    <footer class="cb-footer">
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
        {t('popupOptionsLink')}
      </a>
    </footer>
  );
}
