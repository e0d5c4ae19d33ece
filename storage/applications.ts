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

export async function logApplication(
  db: ComebackDb,
  input: NewApplication,
  now = Date.now(),
): Promise<number> {
  const company = input.company.trim();
  if (!company) throw new Error('A company name is needed to log an application.');
  const appliedAt = input.appliedAt ?? now;
  if (!Number.isFinite(appliedAt)) throw new Error('An application needs a date.');
  const record: Omit<Application, 'id'> = { company, appliedAt };
  const role = input.role?.trim();
  const note = input.note?.trim();
  if (role) record.role = role;
  if (note) record.note = note;
  if (input.afterRejectionId !== undefined) record.afterRejectionId = input.afterRejectionId;
  return db.applications.add(record);
}

/** Newest first. */
export function listApplications(db: ComebackDb): Promise<Application[]> {
  return db.applications.orderBy('appliedAt').reverse().toArray();
}
