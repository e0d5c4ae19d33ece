import type { ComponentType } from 'preact';
import type { MessageKey } from '@/components/i18n';
import type { ComebackDb } from '@/storage/db';
import { DataSection } from './DataSection';
import { JourneySection } from './JourneySection';
import { MomentumSection } from './MomentumSection';
import { SitesSection } from './SitesSection';
import { SkillsSection } from './SkillsSection';
import { SupportSection } from './SupportSection';
import { TemplatesSection } from './TemplatesSection';
import { WinsSection } from './WinsSection';
import { YouSection } from './YouSection';

/** What a section may be handed, all optional: the page renders it bare, tests hand in their own. */
export interface PanelProps {
  db?: ComebackDb;
  locale?: string;
  now?: number;
}

export interface OptionsSection {
  /** Also the page's address fragment (`options.html#sites`), so a link can open a section. */
  id: string;
  label: MessageKey;
  Panel: ComponentType<PanelProps>;
}

/** The options page's sections, in the order of its navigation. A new section is one more entry here. */
export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  { id: 'sites', label: 'optionsSectionSites', Panel: SitesSection },
  { id: 'wins', label: 'optionsSectionWins', Panel: WinsSection },
  { id: 'support', label: 'optionsSectionSupport', Panel: SupportSection },
  { id: 'you', label: 'optionsSectionYou', Panel: YouSection },
  { id: 'momentum', label: 'optionsSectionMomentum', Panel: MomentumSection },
  { id: 'templates', label: 'optionsSectionTemplates', Panel: TemplatesSection },
  { id: 'skills', label: 'optionsSectionSkills', Panel: SkillsSection },
  { id: 'journey', label: 'journeyHeading', Panel: JourneySection },
  { id: 'data', label: 'dataHeading', Panel: DataSection },
];
