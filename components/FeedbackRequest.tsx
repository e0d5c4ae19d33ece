import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/messaging/send';
import { feedbackValues, gmailComposeUrl, type MailDraft, mailtoUrl } from '@/plan/feedback';
import {
  FEEDBACK_TEMPLATES,
  fillTemplate,
  type TemplateInfo,
  type TemplateText,
  templateText,
} from '@/plan/templates';
import type { ComebackDb } from '@/storage/db';
import { listTemplates } from '@/storage/templates';
import type { MessageTemplate, Rejection, TemplateKind } from '@/storage/types';
import { FeedbackStory } from './FeedbackStory';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';
import { usePreferences } from './use-preferences';

interface Props {
  /** Read live for the user's own templates. */
  db: ComebackDb;
  rejection: Rejection;
  /** The UI language, for dates. */
  locale: string;
  /** Where Copy writes; the page's own clipboard unless a test hands in another. */
  clipboard?: Pick<Clipboard, 'writeText'>;
}

/** Section 1 of the plan: a feedback request from a template, which the user can edit, copy and send. */
export function FeedbackRequest({ db, ...props }: Props) {
  const saved = useLiveQuery(() => listTemplates(db), [db]);
  const settings = usePreferences();
  return (
    <FeedbackDraft
      // A fresh draft per rejection: edits last while it is shown and start over on switching.
      key={props.rejection.id}
      {...props}
      // The built-in wording, unsigned, until the user's own templates and name are read (or if they can't be).
      saved={saved.status === 'ready' ? saved.value : NO_TEMPLATES}
      userName={settings.status === 'ready' ? settings.value.userName : ''}
    />
  );
}

const NO_TEMPLATES: readonly MessageTemplate[] = [];

interface DraftProps extends Omit<Props, 'db'> {
  saved: readonly MessageTemplate[];
  userName: string;
}

/** The template a request starts from: the warm one, unless the user asked with another before. */
function templateFor(kind: string | undefined): TemplateInfo {
  return (
    FEEDBACK_TEMPLATES.find((info) => info.kind === kind) ??
    (FEEDBACK_TEMPLATES.find((info) => info.kind === 'feedbackWarm') as TemplateInfo)
  );
}

/** Exported for its tests, which render it with the templates they choose. */
export function FeedbackDraft({
  rejection,
  locale,
  saved,
  userName,
  clipboard = navigator.clipboard,
}: DraftProps) {
  const headingId = useId();
  const templateId = useId();
  const subjectId = useId();
  const fieldId = useId();
  const fill = (kind: TemplateKind): TemplateText =>
    fillTemplate(templateText(templateFor(kind), saved, t), feedbackValues(rejection, userName), t);
  // The template asked with before, so the request reads as it was sent.
  const [kind, setKind] = useState(() => templateFor(rejection.feedback?.templateId).kind);
  const [draft, setDraft] = useState(() => fill(kind));
  // Both read when the effect runs, not when it was planned: an edit, or another template chosen, in between must win.
  const edited = useRef(false);
  const chosenKind = useRef(kind);
  const [status, setStatus] = useState('');
  const mail: MailDraft = { to: rejection.recruiterEmail, ...draft };

  // The draft follows its template (read a moment after opening, or changed in the options page) until edited.
  useEffect(() => {
    if (!edited.current) setDraft(fill(chosenKind.current));
  }, [saved, userName]);

  function choose(next: TemplateKind) {
    chosenKind.current = next;
    setKind(next);
    setDraft(fill(next));
    edited.current = false;
    setStatus('');
  }

  function edit(change: Partial<TemplateText>) {
    setDraft((current) => ({ ...current, ...change }));
    edited.current = true;
    setStatus('');
  }

  /** Copying or opening the request counts as asking; only the first time is noted. */
  function noteAsked() {
    if (rejection.feedback?.askedAt !== undefined) return;
    send('markFeedbackAsked', { id: rejection.id, templateId: kind }).catch(() =>
      setStatus(t('errorGeneric')),
    );
  }

  async function copy() {
    try {
      await clipboard.writeText(draft.body);
      setStatus(t('feedbackCopied'));
      noteAsked();
    } catch {
      setStatus(t('feedbackCopyFailed'));
    }
  }

  async function replyInGmail() {
    try {
      await browser.tabs.create({ url: gmailComposeUrl(mail, rejection.url) });
      noteAsked();
    } catch {
      setStatus(t('errorGeneric'));
    }
  }

  return (
    <section class="cb-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('feedbackHeading')}</h2>
      <p class="cb-muted">{t('feedbackIntro')}</p>
      <div class="cb-field">
        <label for={templateId}>{t('feedbackTemplateLabel')}</label>
        <select
          id={templateId}
          value={kind}
          onChange={(event) => choose(event.currentTarget.value as TemplateKind)}
        >
          {FEEDBACK_TEMPLATES.map((info) => (
            <option key={info.kind} value={info.kind}>
              {t(info.label)}
            </option>
          ))}
        </select>
      </div>
      <div class="cb-field">
        <label for={subjectId}>{t('feedbackSubjectLabel')}</label>
        <input
          id={subjectId}
          type="text"
          value={draft.subject}
          onInput={(event) => edit({ subject: event.currentTarget.value })}
        />
      </div>
      <label for={fieldId}>{t('feedbackLabel')}</label>
      <textarea
        id={fieldId}
        rows={9}
        value={draft.body}
        onInput={(event) => edit({ body: event.currentTarget.value })}
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
          // With no address known (a rejection logged by hand), the user fills in whom to write to.
          <a class="cb-button cb-secondary" href={mailtoUrl(mail)} onClick={noteAsked}>
            {t('feedbackReplyMail')}
          </a>
        )}
      </div>
      <p class="cb-status" role="status">
        {status}
      </p>
      <FeedbackStory rejection={rejection} locale={locale} />
    </section>
  );
}
