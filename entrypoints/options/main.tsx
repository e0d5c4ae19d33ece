import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/styles.css';
import '@/components/options/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) {
  render(
    <OptionsPage
      initialSection={location.hash.slice(1)}
      onSectionChange={(id) => history.replaceState(null, '', `#${id}`)}
    />,
    app,
  );
}
