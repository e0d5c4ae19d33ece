/**
 * The notice's look, inside its shadow root so Gmail's styles cannot reach it nor it Gmail's. Colours are the
 * popup's (`components/styles.css`); light and dark follow the system.
 */
export const NOTICE_STYLES = `
:host {
  all: initial;
  position: fixed;
  right: 24px;
  bottom: 24px;
  z-index: 2147483647;
  --surface: #ffffff;
  --text: #1f1b16;
  --muted: #574d43;
  --border: #d9cfc4;
  --accent: #9a4521;
  --on-accent: #ffffff;
  --focus: #1d5fbf;
}
@media (prefers-color-scheme: dark) {
  :host {
    --surface: #262320;
    --text: #f3ede6;
    --muted: #cdc2b6;
    --border: #4a433c;
    --accent: #f0a27a;
    --on-accent: #1c1a18;
    --focus: #8cb8ff;
  }
}
.notice {
  position: relative;
  box-sizing: border-box;
  width: min(360px, calc(100vw - 48px));
  padding: 16px 48px 16px 16px;
  border: 1px solid var(--border);
  border-radius: 12px;
  background: var(--surface);
  color: var(--text);
  box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  font: 14px / 1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  animation: rise 180ms ease-out;
}
.title {
  margin: 0 0 4px;
  font-size: 15px;
  font-weight: 600;
  overflow-wrap: anywhere;
}
.body {
  margin: 0 0 12px;
  color: var(--muted);
}
.thanks {
  margin: 0;
}
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}
button {
  font: inherit;
  cursor: pointer;
  border: 1px solid var(--accent);
  border-radius: 999px;
  padding: 6px 14px;
}
.primary {
  background: var(--accent);
  color: var(--on-accent);
}
.secondary {
  background: transparent;
  color: var(--accent);
}
.close {
  position: absolute;
  top: 8px;
  right: 8px;
  width: 32px;
  height: 32px;
  padding: 0;
  border-color: transparent;
  background: transparent;
  color: var(--muted);
  font-size: 20px;
  line-height: 1;
}
button:focus-visible {
  outline: 2px solid var(--focus);
  outline-offset: 2px;
}
@keyframes rise {
  from {
    opacity: 0;
    transform: translateY(8px);
  }
}
@media (prefers-reduced-motion: reduce) {
  .notice {
    animation: none;
  }
}
`;
