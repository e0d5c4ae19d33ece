import { useId, useState } from 'preact/hooks';
import { send } from '@/messaging/send';
import { fromDateInput, toDateInput } from '@/plan/date-input';
import { formatDay } from '@/plan/describe';
import type { Rejection } from '@/storage/types';
import { t } from './i18n';

interface Props {
  rejection: Rejection;
  locale: string;
}

/**
 * The feedback request's story, under it: whether the user asked (noted by hand when they sent it another way),
 * the single follow-up reminder, and the reply when it came.
 */
export function FeedbackStory({ rejection, locale }: Props) {
  const log = rejection.feedback ?? {};
  const [replyOpen, setReplyOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const followUpWaiting =
    log.followUpDueAt !== undefined && log.followUpShownAt === undefined && log.repliedAt === undefined;

  async function act(action: () => Promise<unknown>) {
    setFailed(false);
    try {
      await action();
    } catch {
      setFailed(true);
    }
  }

  return (
    <div class="cb-story">
      {log.askedAt === undefined ? (
        <p class="cb-story-line">
          <span>{t('feedbackNotAskedYet')}</span>
          <button
            type="button"
            class="cb-secondary"
            onClick={() => act(() => send('markFeedbackAsked', { id: rejection.id }))}
          >
            {t('feedbackAsked')}
          </button>
        </p>
      ) : (
        <p>{t('feedbackAskedOn', formatDay(log.askedAt, locale))}</p>
      )}
      {followUpWaiting && (
        <p class="cb-story-line">
          <span class="cb-muted">{t('followUpPlanned', formatDay(log.followUpDueAt ?? 0, locale))}</span>
          <button
            type="button"
            class="cb-secondary"
            onClick={() => act(() => send('cancelFollowUp', { id: rejection.id }))}
          >
            {t('followUpCancel')}
          </button>
        </p>
      )}
      {replyOpen ? (
        <ReplyForm
          rejection={rejection}
          onDone={() => setReplyOpen(false)}
          onSave={(repliedAt, reply) =>
            act(async () => {
              await send('recordFeedbackReply', { id: rejection.id, repliedAt, reply });
              setReplyOpen(false);
            })
          }
        />
      ) : log.repliedAt !== undefined ? (
        <>
          <p>{t('replyOn', formatDay(log.repliedAt, locale))}</p>
          {log.reply && <blockquote class="cb-win">{log.reply}</blockquote>}
          <button type="button" class="cb-secondary" onClick={() => setReplyOpen(true)}>
            {t('replyEdit')}
          </button>
        </>
      ) : (
        log.askedAt !== undefined && (
          <button type="button" class="cb-secondary" onClick={() => setReplyOpen(true)}>
            {t('replyOpen')}
          </button>
        )
      )}
      {failed && (
        <p class="cb-problem" role="alert">
          {t('errorGeneric')}
        </p>
      )}
    </div>
  );
}

interface ReplyFormProps {
  rejection: Rejection;
  onSave(repliedAt: number, reply: string): void;
  onDone(): void;
}

/** When the reply came (today unless changed, never in the future) and what it said. */
function ReplyForm({ rejection, onSave, onDone }: ReplyFormProps) {
  const dateId = useId();
  const textId = useId();
  const today = toDateInput(Date.now());
  const [day, setDay] = useState(toDateInput(rejection.feedback?.repliedAt ?? Date.now()));
  const [reply, setReply] = useState(rejection.feedback?.reply ?? '');

  function submit(event: Event) {
    event.preventDefault();
    const repliedAt = fromDateInput(day);
    if (repliedAt !== undefined) onSave(repliedAt, reply);
  }

  return (
    <form class="cb-reply-form" onSubmit={submit}>
      <div class="cb-field">
        <label for={dateId}>{t('replyDateLabel')}</label>
        <input
          id={dateId}
          type="date"
          required
          max={today}
          value={day}
          onInput={(event) => setDay(event.currentTarget.value)}
        />
      </div>
      <div class="cb-field">
        <label for={textId}>{t('replyTextLabel')}</label>
        <textarea
          id={textId}
          rows={4}
          value={reply}
          onInput={(event) => setReply(event.currentTarget.value)}
        />
      </div>
      <div class="cb-actions">
        <button type="submit">{t('replySave')}</button>
        <button type="button" class="cb-secondary" onClick={onDone}>
          {t('logCancel')}
        </button>
      </div>
    </form>
  );
}
