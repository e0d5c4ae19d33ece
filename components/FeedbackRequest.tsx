import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { feedbackRequest, gmailComposeUrl, type MailDraft, mailtoUrl } from '@/plan/feedback';
import type { Rejection } from '@/storage/types';
import { t } from './i18n';

interface Props {
  rejection: Rejection;
  /** Where Copy writes; the page's own clipboard unless a test hands in another. */
  clipboard?: Pick<Clipboard, 'writeText'>;
}

/** Section 1 of the plan: a feedback request the user can edit, copy and send. */
export function FeedbackRequest(props: Props) {
  // A fresh draft per rejection: edits last while it is shown and start over on switching.
  return <FeedbackDraft key={props.rejection.id} {...props} />;
}

function FeedbackDraft({ rejection, clipboard = navigator.clipboard }: Props) {
  const headingId = useId();
  const fieldId = useId();
  const [template] = useState(() => feedbackRequest(rejection, t));
  const [body, setBody] = useState(template.body);
  const [status, setStatus] = useState('');
  const draft: MailDraft = { to: rejection.recruiterEmail, subject: template.subject, body };

  async function copy() {
    try {
      await clipboard.writeText(body);
      setStatus(t('feedbackCopied'));
    } catch {
      setStatus(t('feedbackCopyFailed'));
    }
  }

  async function replyInGmail() {
    try {
      await browser.tabs.create({ url: gmailComposeUrl(draft) });
    } catch {
      setStatus(t('errorGeneric'));
    }
  }

  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('feedbackHeading')}</h2>
      <p class="cb-muted">{t('feedbackIntro')}</p>
      <label for={fieldId}>{t('feedbackLabel')}</label>
      <textarea
        id={fieldId}
        rows={9}
        value={body}
        onInput={(event) => {
          setBody(event.currentTarget.value);
          setStatus('');
        }}
      />
      <div class="cb-actions">
        <button type="button" onClick={copy}>
          {t('feedbackCopy')}
        </button>
        {rejection.source === 'gmail' ? (
          <button type="button" class="cb-secondary" onClick={replyInGmail}>
            {t('feedbackReplyGmail')}
          </button>
        ) : (
          rejection.recruiterEmail && (
            <a class="cb-button cb-secondary" href={mailtoUrl(draft)}>
              {t('feedbackReplyMail')}
            </a>
          )
        )}
      </div>
      <p class="cb-status" role="status">
        {status}
      </p>
    </section>
  );
}
