import { browser } from 'wxt/browser';
import { t } from './i18n';

/** The way from the checklist's "learn a skill" step to the skills to learn, in the options page's own tab. */
export function SkillsLink() {
  return (
    <a
      class="cb-step-link"
      href={browser.runtime.getURL('/options.html#skills')}
      target="_blank"
      rel="noopener"
    >
      {t('checklistSkillsLink')}
    </a>
  );
}
