import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { BackfillReadingContext, createBackfillReading } from './backfill-reading';
import { SectionTabs } from './SectionTabs';
import { OPTIONS_SECTIONS } from './sections';

interface Props {
  /** The section asked for in the address (`options.html#sites`); the first one otherwise. */
  initialSection?: string;
  /** Called when the user moves to another section, so the address can follow. */
  onSectionChange?(id: string): void;
}

/** Comeback's settings: a page of sections, one shown at a time. */
export function OptionsPage({ initialSection, onSectionChange }: Props) {
  const [selected, setSelected] = useState(
    () =>
      (OPTIONS_SECTIONS.find((section) => section.id === initialSection) ?? OPTIONS_SECTIONS[0])?.id ?? '',
  );
  // Owned here, above the sections, so a mailbox being read keeps going while another section is on show.
  const [backfill] = useState(createBackfillReading);

  function select(id: string) {
    setSelected(id);
    onSectionChange?.(id);
  }

  return (
    <main class="cb-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="cb-small">
        <a href={browser.runtime.getURL('/onboarding.html')}>{t('optionsOnboardingLink')}</a>
      </p>
      <BackfillReadingContext.Provider value={backfill}>
        <SectionTabs sections={OPTIONS_SECTIONS} selected={selected} onSelect={select} />
      </BackfillReadingContext.Provider>
    </main>
  );
}
