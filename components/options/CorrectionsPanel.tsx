import { useId, useRef, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { LoadFailed } from '@/components/LoadFailed';
import { useLiveQuery } from '@/components/use-live-query';
import { send } from '@/messaging/send';
import { listCorrections, readCorrectionKey } from '@/storage/corrections';
import type { ComebackDb } from '@/storage/db';
import { siteName } from './site-labels';

/** A learned correction in plain words: who sent such messages, or what they said. */
export function describeCorrection(key: string): string {
  const learned = readCorrectionKey(key);
  switch (learned?.kind) {
    case 'sender':
      return learned.company
        ? t('learnedSenderAbout', [learned.address, learned.company])
        : t('learnedSender', learned.address);
    case 'siteSender':
      return t('learnedSiteSender', [siteName(learned.site), learned.name]);
    case 'phrase':
      return t('learnedPhrase', learned.phrase.split('{company}').join(t('learnedCompany')));
    default:
      return key;
  }
}

/**
 * "What Comeback learned from you": every sender and wording a "Not a rejection" taught it to pass over, each with
 * Forget, so one wrong click never silences them for good. Read live here; forgetting goes to the background.
 */
export function CorrectionsPanel({ db }: { db: ComebackDb }) {
  const headingId = useId();
  const learned = useLiveQuery(() => listCorrections(db), [db]);
  const [status, setStatus] = useState('');
  // The forgotten item's button is gone with it: the focus goes to the message saying so.
  const statusLine = useRef<HTMLParagraphElement>(null);

  async function forget(key: string) {
    try {
      await send('forgetCorrection', { key });
      setStatus(t('learnedForgotten'));
    } catch {
      setStatus(t('errorGeneric'));
    }
    statusLine.current?.focus();
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('learnedHeading')}</h3>
      <p class="cb-muted">{t('learnedIntro')}</p>
      {learned.status === 'failed' && <LoadFailed />}
      {learned.status === 'ready' &&
        (learned.value.length === 0 ? (
          <p>{t('learnedEmpty')}</p>
        ) : (
          <ul class="cb-learned" aria-labelledby={headingId}>
            {learned.value.map(({ key }) => {
              const said = describeCorrection(key);
              return (
                <li key={key}>
                  <span>{said}</span>{' '}
                  <button
                    type="button"
                    class="cb-secondary cb-small"
                    aria-label={t('learnedForgetLabel', said)}
                    onClick={() => forget(key)}
                  >
                    {t('learnedForget')}
                  </button>
                </li>
              );
            })}
          </ul>
        ))}
      <p ref={statusLine} class="cb-status" role="status" tabIndex={-1}>
        {status}
      </p>
    </section>
  );
}
