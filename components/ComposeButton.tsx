import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import type { MailDraft } from '@/plan/feedback';
import { composeUrl } from '@/plan/notes';

interface Props {
  draft: MailDraft;
  /** Gmail's compose window in a new tab; the user's own mail app otherwise. */
  viaGmail: boolean;
  /** The address the rejection was read at, so Gmail opens in that account. */
  seenAt?: string;
  secondary?: boolean;
  /** Called when the tab could not be opened. */
  onFailed(): void;
  children: ComponentChildren;
}

/** Opens a note ready to send: in Gmail for someone who reads their mail there, in their mail app otherwise. */
export function ComposeButton({ draft, viaGmail, seenAt, secondary, onFailed, children }: Props) {
  const className = secondary ? 'cb-secondary' : undefined;
  if (!viaGmail) {
    return (
      <a class={`cb-button${secondary ? ' cb-secondary' : ''}`} href={composeUrl(draft, false)}>
        {children}
      </a>
    );
  }
  return (
    <button
      type="button"
      class={className}
      onClick={() => browser.tabs.create({ url: composeUrl(draft, true, seenAt) }).catch(onFailed)}
    >
      {children}
    </button>
  );
}
