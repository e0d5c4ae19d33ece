import { describe, expect, it } from 'vitest';
import {
  listOf,
  nullable,
  object,
  oneOf,
  optional,
  positiveWholeNumber,
  ShapeError,
  text,
  wholeNumber,
} from './guard';

interface Person {
  name: string;
  age?: number;
  pets: { kind: 'cat' | 'dog'; id: number }[];
  partner: { name: string } | null;
}

const person = object<Person>({
  name: text,
  age: optional(wholeNumber),
  pets: listOf(object({ kind: oneOf(['cat', 'dog'] as const), id: positiveWholeNumber })),
  partner: nullable(object({ name: text })),
});

function problem(value: unknown): Pick<ShapeError, 'path' | 'expected' | 'missing'> | undefined {
  try {
    person(value, 'person');
    return undefined;
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    return { path: error.path, expected: error.expected, missing: error.missing };
  }
}

describe('guards', () => {
  it('returns a valid value with only the declared keys, absent optional ones left absent', () => {
    const value = { name: 'Sam', pets: [{ kind: 'cat', id: 1, colour: 'grey' }], partner: null, extra: 1 };
    expect(person(value, '')).toStrictEqual({ name: 'Sam', pets: [{ kind: 'cat', id: 1 }], partner: null });
  });

  it('names where a wrong value sits and what it should be', () => {
    expect(
      problem({
        name: 'Sam',
        pets: [
          { kind: 'cat', id: 1 },
          { kind: 'owl', id: 2 },
        ],
        partner: null,
      }),
    ).toEqual({
      path: 'person.pets[1].kind',
      expected: 'knownValue',
      missing: false,
    });
    expect(problem({ name: 'Sam', age: -1, pets: [], partner: null })).toEqual({
      path: 'person.age',
      expected: 'wholeNumber',
      missing: false,
    });
    expect(problem({ name: 'Sam', pets: [{ kind: 'dog', id: 0 }], partner: null })).toMatchObject({
      path: 'person.pets[0].id',
      expected: 'positiveWholeNumber',
    });
    expect(problem([])).toEqual({ path: 'person', expected: 'object', missing: false });
  });

  it('tells a missing value from a wrong one', () => {
    expect(problem({ pets: [], partner: null })).toEqual({
      path: 'person.name',
      expected: 'text',
      missing: true,
    });
    expect(problem({ name: 'Sam', pets: {}, partner: null })).toEqual({
      path: 'person.pets',
      expected: 'list',
      missing: false,
    });
  });

  it('reads own properties only, never through the prototype chain', () => {
    const inherited = Object.create({ name: 'Mallory', pets: [], partner: null });
    expect(problem(inherited)).toEqual({ path: 'person.name', expected: 'text', missing: true });
  });
});
