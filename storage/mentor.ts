import type { Preferences } from './preferences';

/** A mentor or buddy, for a one-click message on a hard day. */
export type Mentor = NonNullable<Preferences['mentor']>;

/** Enough of an address to write to; the mail app has the final word. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * The mentor as kept: a tidy name and, if given, an address. Without a name there is no mentor (`null`), and an
 * address that cannot be one is refused rather than kept.
 */
export function cleanMentor(mentor: Mentor | null): Mentor | null {
  const name = mentor?.name.replace(/\s+/g, ' ').trim();
  if (!mentor || !name) return null;
  const email = mentor.email?.trim();
  if (!email) return { name };
  if (!isEmailAddress(email)) throw new Error('That does not look like an email address.');
  return { name, email };
}
