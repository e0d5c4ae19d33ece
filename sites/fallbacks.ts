/**
 * Sites roll out markup changes to some accounts at a time, so each field of a page is read through an
 * ordered list of probes: the most precise first, sturdier attribute- and role-based ones after it.
 */
export interface Probe<Scope, Value> {
  /** What the probe looks at, for test names and health reports. */
  readonly via: string;
  /** The value, or undefined when this probe finds nothing. */
  readonly read: (scope: Scope) => Value | undefined;
}

export type Field<Scope, Value> = readonly Probe<Scope, Value>[];

/** The value of the first probe that finds one. */
export function readField<Scope, Value>(field: Field<Scope, Value>, scope: Scope): Value | undefined {
  for (const probe of field) {
    const value = probe.read(scope);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The scope itself when it matches (a message container may carry its own id), else its first match. */
function find(scope: ParentNode, selector: string): Element | undefined {
  if ('matches' in scope && (scope as Element).matches(selector)) return scope as Element;
  return scope.querySelector(selector) ?? undefined;
}

export function element(selector: string): Probe<ParentNode, Element> {
  return { via: selector, read: (scope) => find(scope, selector) };
}

/** Every match, or undefined when there is none (so the next probe gets its turn). */
export function elements(selector: string): Probe<ParentNode, Element[]> {
  return {
    via: selector,
    read: (scope) => {
      const found = Array.from(scope.querySelectorAll(selector));
      return found.length > 0 ? found : undefined;
    },
  };
}

/** An attribute of the first match, trimmed and turned into a value by `parse`; empty counts as missing. */
export function attribute<Value = string>(
  selector: string,
  name: string,
  parse: (raw: string) => Value | undefined = (raw) => raw as Value,
): Probe<ParentNode, Value> {
  return {
    via: `${selector} @${name}`,
    read: (scope) => {
      const raw = find(scope, selector)?.getAttribute(name)?.trim();
      return raw ? parse(raw) : undefined;
    },
  };
}
