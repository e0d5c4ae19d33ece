import { useId } from 'preact/hooks';
import { t } from '@/components/i18n';
import { groupByMonth, type JourneyEntry } from '@/storage/journey';
import { type ApplicationActions, ApplicationControls } from './ApplicationControls';
import { entryDetails, entryTitle } from './journey-labels';

interface EntryProps {
  entry: JourneyEntry;
  locale: string;
  actions: ApplicationActions;
}

function kindLabel(entry: JourneyEntry): string {
  if (entry.kind === 'rejection') return t('journeyKindRejection');
  return entry.offerAt === undefined ? t('journeyKindApplication') : t('journeyKindOffer');
}

function Entry({ entry, locale, actions }: EntryProps) {
  const titleId = useId();
  const offered = entry.kind === 'application' && entry.offerAt !== undefined;
  return (
    <li class={`cb-journey-entry cb-journey-${offered ? 'offer' : entry.kind}`}>
      <p class="cb-journey-kind">{kindLabel(entry)}</p>
      <p class="cb-journey-title" id={titleId}>
        {entryTitle(entry)}
      </p>
      <p class="cb-muted cb-small">{entryDetails(entry, locale)}</p>
      {entry.kind === 'application' && (
        <ApplicationControls entry={entry} titleId={titleId} actions={actions} />
      )}
    </li>
  );
}

interface Props {
  /** Newest first. */
  entries: readonly JourneyEntry[];
  locale: string;
  actions: ApplicationActions;
}

/** Every no and every application, newest first, one group per month. */
export function JourneyTimeline({ entries, locale, actions }: Props) {
  const headingId = useId();
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('journeyTimelineHeading')}</h3>
      <ol class="cb-journey-months">
        {groupByMonth(entries).map((group) => (
          <li key={group.start}>
            <h4>{monthName.format(group.start)}</h4>
            <ol class="cb-journey-entries">
              {group.entries.map((entry) => (
                <Entry key={`${entry.kind}-${entry.id}`} entry={entry} locale={locale} actions={actions} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
