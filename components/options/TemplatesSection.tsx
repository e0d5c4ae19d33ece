import { useId, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { LoadFailed } from '@/components/LoadFailed';
import { useLiveQuery } from '@/components/use-live-query';
import { usePreferences } from '@/components/use-preferences';
import { send } from '@/messaging/send';
import { feedbackValues } from '@/plan/feedback';
import { mentorCallName } from '@/plan/notes';
import {
  EDITABLE_TEMPLATES,
  fillTemplate,
  PLACEHOLDER_DOCS,
  PLACEHOLDERS,
  type TemplateInfo,
  templateText,
} from '@/plan/templates';
import { listTemplates } from '@/storage/templates';
import type { MessageTemplate, TemplateKind } from '@/storage/types';
import { optionsDb } from './page-context';

/** Every editable message template: pick one, edit its subject and message, preview it, or reset it. */
export function TemplatesSection() {
  const db = optionsDb();
  const pickerId = useId();
  const saved = useLiveQuery(() => listTemplates(db), [db]);
  const settings = usePreferences();
  const [kind, setKind] = useState<TemplateKind>((EDITABLE_TEMPLATES[0] as TemplateInfo).kind);
  // Kept here, so a message outlives the editor starting over from what was just saved.
  const [status, setStatus] = useState('');

  if (saved.status === 'loading' || settings.status === 'loading') return null;
  if (saved.status === 'failed') {
    return <LoadFailed />;
  }
  const info =
    EDITABLE_TEMPLATES.find((each) => each.kind === kind) ?? (EDITABLE_TEMPLATES[0] as TemplateInfo);
  const own = saved.value.find((template) => template.id === info.kind);
  return (
    <>
      <p class="cb-muted">{t('templatesIntro')}</p>
      <div class="cb-field">
        <label for={pickerId}>{t('templatesChoose')}</label>
        <select
          id={pickerId}
          value={info.kind}
          onChange={(event) => {
            setKind(event.currentTarget.value as TemplateKind);
            setStatus('');
          }}
        >
          {EDITABLE_TEMPLATES.map((each) => (
            <option key={each.kind} value={each.kind}>
              {t(each.label)}
            </option>
          ))}
        </select>
      </div>
      <TemplateEditor
        // Starts over from the stored text whenever it changes: saved, reset, or edited in another tab.
        key={`${info.kind}-${own?.updatedAt ?? 'original'}`}
        info={info}
        saved={saved.value}
        userName={settings.status === 'ready' ? settings.value.userName : ''}
        mentorName={settings.status === 'ready' ? settings.value.mentor?.name : undefined}
        status={status}
        onStatus={setStatus}
      />
    </>
  );
}

interface EditorProps {
  info: TemplateInfo;
  saved: readonly MessageTemplate[];
  userName: string;
  /** The saved mentor's name, for `{mentor}`, as the plan's note calls them. */
  mentorName: string | undefined;
  status: string;
  onStatus(status: string): void;
}

function TemplateEditor({ info, saved, userName, mentorName, status, onStatus }: EditorProps) {
  const subjectId = useId();
  const bodyId = useId();
  const placeholdersId = useId();
  const previewId = useId();
  const stored = templateText(info, saved, t);
  const [subject, setSubject] = useState(stored.subject);
  const [body, setBody] = useState(stored.body);
  const [unknownDetails, setUnknownDetails] = useState(false);
  const sample = unknownDetails
    ? {}
    : {
        recruiterName: t('templateSampleRecruiter'),
        company: t('templateSampleCompany'),
        role: t('templateSampleRole'),
      };
  const preview = fillTemplate(
    { subject, body },
    { ...feedbackValues(sample, userName), mentor: mentorName && mentorCallName(mentorName) },
    t,
  );

  async function act(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      onStatus(done);
    } catch {
      onStatus(t('errorGeneric'));
    }
  }

  return (
    <div class="cb-template">
      <p class="cb-muted cb-small">{t(stored.edited ? 'templatesEdited' : 'templatesOriginal')}</p>
      <div class="cb-field">
        <label for={subjectId}>{t('templatesSubject')}</label>
        <input
          id={subjectId}
          type="text"
          value={subject}
          aria-describedby={placeholdersId}
          onInput={(event) => {
            setSubject(event.currentTarget.value);
            onStatus('');
          }}
        />
      </div>
      <div class="cb-field">
        <label for={bodyId}>{t('templatesBody')}</label>
        <textarea
          id={bodyId}
          rows={12}
          value={body}
          aria-describedby={placeholdersId}
          onInput={(event) => {
            setBody(event.currentTarget.value);
            onStatus('');
          }}
        />
      </div>
      <div id={placeholdersId} class="cb-placeholders">
        <p>{t('templatesPlaceholders')}</p>
        <dl>
          {PLACEHOLDERS.map((name) => (
            <div key={name}>
              <dt>
                <code>{`{${name}}`}</code>
              </dt>
              <dd>{t(PLACEHOLDER_DOCS[name])}</dd>
            </div>
          ))}
        </dl>
        <p class="cb-muted">{t('templatesBrackets')}</p>
      </div>
      <div class="cb-actions">
        <button
          type="button"
          disabled={!body.trim()}
          onClick={() =>
            act(() => send('saveTemplate', { kind: info.kind, subject, body }), t('templatesSaved'))
          }
        >
          {t('templatesSave')}
        </button>
        {stored.edited && (
          <button
            type="button"
            class="cb-secondary"
            onClick={() => act(() => send('resetTemplate', { kind: info.kind }), t('templatesResetDone'))}
          >
            {t('templatesReset')}
          </button>
        )}
      </div>
      <p class="cb-status" role="status">
        {status}
      </p>
      <section class="cb-preview" aria-labelledby={previewId}>
        <h3 id={previewId}>{t('templatesPreview')}</h3>
        <label class="cb-check">
          <input
            type="checkbox"
            checked={unknownDetails}
            onChange={(event) => setUnknownDetails(event.currentTarget.checked)}
          />
          <span>{t('templatesPreviewUnknown')}</span>
        </label>
        <p class="cb-preview-subject">{preview.subject}</p>
        <p class="cb-note">{preview.body}</p>
      </section>
    </div>
  );
}
