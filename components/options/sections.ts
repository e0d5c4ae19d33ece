import type { ComponentType } from 'preact';
import type { MessageKey } from '@/components/i18n';
import { SitesSection } from './SitesSection';

export interface OptionsSection {
  /** Also the page's address fragment (`options.html#sites`), so a link can open a section. */
  id: string;
  label: MessageKey;
  Panel: ComponentType;
}

/** The options page's sections, in the order of its navigation. A new section is one more entry here. */
export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  { id: 'sites', label: 'optionsSectionSites', Panel: SitesSection },
];
