import { render } from 'preact';
import { t } from '@/components/i18n';
import { OptionsPage } from '@/components/options/OptionsPage';
import { pageLanguage } from '@/components/page-language';
import '@/components/styles.css';
import '@/components/options/options.css';

document.documentElement.lang = pageLanguage();
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
