import type { ComebackDb } from './db';
import type { Application } from './types';

/** An application as the user logs it ("I applied again"); the background fills in the rest. */
export interface NewApplication {
  company: string;
  role?: string;
  /** When it was sent (ms since epoch); now when absent. */
  appliedAt?: number;
  /** The rejection it bounced back from, when logged from that rejection's plan. */
  afterRejectionId?: number;
  note?: string;
}

/** What the journey lets the user correct on an application. */
export interface ApplicationChanges {
  company: string;
  /** Blank or absent: no role. */
  role?: string;
  appliedAt: number;
}

/** Trimmed company and role, a real date: refused otherwise, so no half-named application is ever stored. */
function cleanFields({
  company,
  role,
  appliedAt,
}: ApplicationChanges): Pick<Application, 'company' | 'role' | 'appliedAt'> {
  const name = company.trim();
  if (!name) throw new Error('A company name is needed to log an application.');
  if (!Number.isFinite(appliedAt)) throw new Error('An application needs a date.');
  return { company: name, role: role?.trim() || undefined, appliedAt };
}

export async function logApplication(
  db: ComebackDb,
  input: NewApplication,
  now = Date.now(),
): Promise<number> {
  const { company, role, appliedAt } = cleanFields({ ...input, appliedAt: input.appliedAt ?? now });
  const record: Omit<Application, 'id'> = { company, appliedAt };
  const note = input.note?.trim();
  if (role) record.role = role;
  if (note) record.note = note;
  if (input.afterRejectionId !== undefined) record.afterRejectionId = input.afterRejectionId;
  return db.applications.add(record);
}

/** Corrects an application's company, role and date; its offer, note and rejection stay as they were. */
export async function updateApplication(
  db: ComebackDb,
  id: number,
  changes: ApplicationChanges,
): Promise<void> {
  await db.applications.update(id, cleanFields(changes));
}

export async function deleteApplication(db: ComebackDb, id: number): Promise<void> {
  await db.applications.delete(id);
}

/** Newest first. */
export function listApplications(db: ComebackDb): Promise<Application[]> {
  return db.applications.orderBy('appliedAt').reverse().toArray();
}
