import { useId } from 'preact/hooks';
import type { ComebackDb } from '@/storage/db';
import type { Rejection } from '@/storage/types';
import { AppliedAgain } from './AppliedAgain';
import { t } from './i18n';
import { MentorNote } from './MentorNote';
import { MomentumFigures } from './MomentumFigures';

interface Props {
  db: ComebackDb;
  rejection: Rejection;
  locale: string;
}

/** The plan's last part: a word to the mentor, "I applied again", and the figures that show the way back. */
export function PlanMomentum({ db, rejection, locale }: Props) {
  const headingId = useId();
  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('momentumHeading')}</h2>
      <MentorNote db={db} rejection={rejection} />
      {/* A fresh form per rejection, so what is half typed never lands on another one. */}
      <AppliedAgain key={rejection.id} rejectionId={rejection.id} />
      <MomentumFigures db={db} locale={locale} />
    </section>
  );
}
