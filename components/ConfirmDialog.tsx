import { useId, useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside `container`, wrapping at either end. Returns whether it moved focus. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): boolean {
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((each) => !each.hidden);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return false;
  const active = container.ownerDocument.activeElement;
  const outside = !container.contains(active);
  if (!outside && active !== (event.shiftKey ? first : last)) return false;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
  return true;
}

/**
 * A modal question before something that cannot be undone. Focus starts on the safe choice, stays inside while
 * open (Tab wraps), Escape means no, and focus goes back where it was when the dialog closes.
 */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const titleId = useId();
  const bodyId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;

  // Keys are heard on the whole document, so focus that slipped out (a click beside the dialog) is brought back.
  // Set up before the dialog is painted: a key pressed the moment it shows must already count.
  useLayoutEffect(() => {
    const container = dialog.current;
    if (!container) return;
    const doc = container.ownerDocument;
    const opener = doc.activeElement as HTMLElement | null;
    cancel.current?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancelRef.current();
      } else if (event.key === 'Tab' && container) {
        trapTab(event, container);
      }
    }
    doc.addEventListener('keydown', onKeyDown);
    return () => {
      doc.removeEventListener('keydown', onKeyDown);
      opener?.focus();
    };
  }, []);

  return (
    <div class="cb-dialog-backdrop">
      <div
        ref={dialog}
        class="cb-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={bodyId}>{body}</p>
        <div class="cb-actions">
          <button ref={cancel} type="button" class="cb-secondary" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" class="cb-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
