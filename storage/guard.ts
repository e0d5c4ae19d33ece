/**
 * Small typed guards for data from outside (an imported file): each one checks a value and returns it typed,
 * or throws a `ShapeError` naming where the value sits and what it should have been. Objects are rebuilt from
 * their declared keys only, so unknown keys (`__proto__` and `constructor` among them) never get through.
 */

/** What a value should have been, for the user's error message (`expected_<name>` in `_locales`). */
export type Expected =
  | 'text'
  | 'number'
  | 'wholeNumber'
  | 'positiveWholeNumber'
  | 'trueOrFalse'
  | 'list'
  | 'object'
  | 'knownValue'
  | 'uniqueId';

export class ShapeError extends Error {
  constructor(
    /** Where the value sits, e.g. `tables.rejections[3].receivedAt`. */
    readonly path: string,
    readonly expected: Expected,
    /** The value was absent rather than of the wrong kind. */
    readonly missing: boolean,
  ) {
    super(`${path} ${missing ? 'is missing' : `should be ${expected}`}`);
    this.name = 'ShapeError';
  }
}

export type Guard<T> = (value: unknown, path: string) => T;

/** One guard for every key of `T`, optional keys included: a field added to the model must be added here. */
export type Shape<T> = { [K in keyof T]-?: Guard<T[K]> };

function check<T>(ok: (value: unknown) => boolean, expected: Expected): Guard<T> {
  return (value, path) => {
    if (!ok(value)) throw new ShapeError(path, expected, value === undefined);
    return value as T;
  };
}

export const text = check<string>((value) => typeof value === 'string', 'text');
export const finiteNumber = check<number>((value) => Number.isFinite(value), 'number');
export const wholeNumber = check<number>(
  (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  'wholeNumber',
);
export const positiveWholeNumber = check<number>(
  (value) => Number.isSafeInteger(value) && (value as number) > 0,
  'positiveWholeNumber',
);
export const trueOrFalse = check<boolean>((value) => typeof value === 'boolean', 'trueOrFalse');

export function oneOf<const T extends string | number>(values: readonly T[]): Guard<T> {
  return check<T>((value) => values.includes(value as T), 'knownValue');
}

export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (value, path) => (value === undefined ? undefined : guard(value, path));
}

export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value, path) => (value === null ? null : guard(value, path));
}

export function listOf<T>(guard: Guard<T>): Guard<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'list', value === undefined);
    return value.map((item, index) => guard(item, `${path}[${index}]`));
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: nothing is ever read through the prototype chain. */
function own(source: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(source, key) ? source[key] : undefined;
}

export function object<T>(shape: Shape<T>): Guard<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return (value, path) => {
    if (!isPlainObject(value)) throw new ShapeError(path, 'object', value === undefined);
    const result: Record<string, unknown> = {};
    for (const key of keys) {
      const checked = shape[key](own(value, key), path ? `${path}.${key}` : key);
      // Absent stays absent, as it was stored.
      if (checked !== undefined) result[key] = checked;
    }
    return result as T;
  };
}
