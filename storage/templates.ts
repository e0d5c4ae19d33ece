import type { ComebackDb } from './db';
import type { MessageTemplate, TemplateKind } from './types';

/** The user's own version of a template; it replaces the built-in wording until reset. */
export async function saveTemplate(
  db: ComebackDb,
  kind: TemplateKind,
  text: { subject: string; body: string },
  now = Date.now(),
): Promise<void> {
  const body = text.body.trim();
  if (!body) throw new Error('A template needs a message.');
  await db.templates.put({ id: kind, subject: text.subject.trim(), body, updatedAt: now });
}

/** Back to the built-in wording. */
export async function resetTemplate(db: ComebackDb, kind: TemplateKind): Promise<void> {
  await db.templates.delete(kind);
}

export function listTemplates(db: ComebackDb): Promise<MessageTemplate[]> {
  return db.templates.toArray();
}
