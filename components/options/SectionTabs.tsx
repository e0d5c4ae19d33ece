import { useId, useRef } from 'preact/hooks';
import { t } from '@/components/i18n';
import type { OptionsSection } from './sections';

interface Props {
  sections: readonly OptionsSection[];
  selected: string;
  onSelect(id: string): void;
}

/** Which key moves to which tab, from the one at `index` of `count`; undefined for other keys. */
export function tabAfterKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowUp':
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The options page's navigation and the section on show, as a tab list: Tab reaches the selected tab, arrow keys,
 * Home and End move between tabs and show each one's section at once.
 */
export function SectionTabs({ sections, selected, onSelect }: Props) {
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = (id: string) => `${baseId}-panel-${id}`;
  const current = sections.find((section) => section.id === selected) ?? sections[0];

  function onKeyDown(event: KeyboardEvent, index: number) {
    const next = tabAfterKey(event.key, index, sections.length);
    const section = next === undefined ? undefined : sections[next];
    if (next === undefined || !section) return;
    event.preventDefault();
    onSelect(section.id);
    tabs.current[next]?.focus();
  }

  return (
    <div class="cb-options-layout">
      <div class="cb-tabs" role="tablist" aria-label={t('optionsNavLabel')} aria-orientation="vertical">
        {sections.map((section, index) => {
          const isSelected = section === current;
          return (
            <button
              key={section.id}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              id={tabId(section.id)}
              type="button"
              role="tab"
              class="cb-tab"
              aria-selected={isSelected}
              aria-controls={panelId(section.id)}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(section.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {t(section.label)}
            </button>
          );
        })}
      </div>
      {current && (
        <section
          class="cb-section cb-panel"
          id={panelId(current.id)}
          role="tabpanel"
          aria-labelledby={tabId(current.id)}
        >
          <h2>{t(current.label)}</h2>
          <current.Panel />
        </section>
      )}
    </div>
  );
}
