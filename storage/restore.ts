/**
 * Brings a backup back in. The whole file is checked first; then every table is merged in one transaction, so a
 * file either comes in whole or changes nothing. A record already here is kept and only gains the fields it
 * lacks, so importing the same file twice, or a backup from another device, never makes duplicates.
 */
import type { Table } from 'dexie';
import { type Backup, type ImportProblem, MAX_BACKUP_BYTES, parseBackup } from './backup';
import type { BackupTables, TableName } from './backup-schema';
import type { ComebackDb } from './db';
import { preferences } from './preferences';
import { siteSwitches } from './settings';
import type { Application } from './types';
import { foldWinText } from './win-text';

export type ImportCounts = Record<TableName, number>;

export type ImportOutcome =
  | { ok: true; added: ImportCounts; merged: number }
  | { ok: false; problem: ImportProblem };

/** Lowercase with white space folded: how names are compared when looking for a duplicate. */
function fold(value: string | undefined): string {
  return (value ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** What makes two records the same one, per table. */
const IDENTITY: { [T in TableName]: (row: BackupTables[T][number]) => string } = {
  rejections: (rejection) => rejection.key,
  wins: (win) => foldWinText(win.text),
  dismissals: (dismissal) => dismissal.key,
  corrections: (correction) => correction.key,
  // The same application logged on two devices differs by a few minutes, never by its company, role or day.
  applications: (application) =>
    [fold(application.company), fold(application.role), Math.floor(application.appliedAt / DAY_MS)].join(
      '\n',
    ),
  templates: (template) => template.id,
  skills: (skill) => skill.key,
};

/** Tables whose ids are numbers given out by the database; a file's id is kept when it is still free. */
const NUMBERED = new Set<TableName>(['rejections', 'wins', 'applications']);

/** `existing` with the fields it lacks taken from `incoming`, or undefined when it lacks nothing. */
export function fillGaps<T extends object>(existing: T, incoming: T): T | undefined {
  const merged: Record<string, unknown> = { ...(existing as Record<string, unknown>) };
  let changed = false;
  for (const [key, value] of Object.entries(incoming)) {
    if (merged[key] === undefined && value !== undefined) {
      merged[key] = value;
      changed = true;
    }
  }
  return changed ? (merged as T) : undefined;
}

interface TableMerge {
  added: number;
  merged: number;
  /** The file's id of each numbered row → its id here, so references can follow. */
  ids: Map<number, number>;
}

type Row = Record<string, unknown>;

async function mergeRows(
  table: Table<Row, unknown, Row>,
  rows: readonly Row[],
  identity: (row: Row) => string,
  numbered: boolean,
): Promise<TableMerge> {
  const result: TableMerge = { added: 0, merged: 0, ids: new Map() };
  const existing = await table.toArray();
  const byIdentity = new Map(existing.map((row) => [identity(row), row]));
  const takenIds = new Set(existing.map((row) => row.id));
  for (const row of rows) {
    const key = identity(row);
    const fileId = row.id as number;
    const found = byIdentity.get(key);
    if (found) {
      const merged = fillGaps(found, row);
      if (merged) {
        await table.put(merged);
        byIdentity.set(key, merged);
      }
      if (numbered) result.ids.set(fileId, found.id as number);
      result.merged += 1;
      continue;
    }
    let incoming = row;
    if (numbered && takenIds.has(fileId)) {
      const { id: _taken, ...rest } = row;
      incoming = rest;
    }
    const storedId = await table.add(incoming);
    if (numbered) {
      takenIds.add(storedId);
      result.ids.set(fileId, storedId as number);
      incoming = { ...incoming, id: storedId };
    }
    byIdentity.set(key, incoming);
    result.added += 1;
  }
  return result;
}

/** Points each application at its rejection's id here; a reference to a rejection not in the file is dropped. */
function followRejectionIds(applications: readonly Application[], ids: Map<number, number>): Application[] {
  return applications.map(({ afterRejectionId, ...application }) => {
    const stored = afterRejectionId === undefined ? undefined : ids.get(afterRejectionId);
    return stored === undefined ? application : { ...application, afterRejectionId: stored };
  });
}

/** Merges every table of a checked backup into the database, in one transaction. */
export async function mergeBackup(
  db: ComebackDb,
  tables: BackupTables,
): Promise<{ added: ImportCounts; merged: number }> {
  return db.transaction('rw', db.tables, async () => {
    const added = {} as ImportCounts;
    let merged = 0;
    const mergeTable = async (name: TableName, rows: readonly object[]) => {
      const outcome = await mergeRows(
        db.table(name),
        rows as Row[],
        IDENTITY[name] as unknown as (row: Row) => string,
        NUMBERED.has(name),
      );
      added[name] = outcome.added;
      merged += outcome.merged;
      return outcome;
    };
    // Rejections first: applications point to them by id, and ids may change on the way in.
    const rejections = await mergeTable('rejections', tables.rejections);
    for (const name of Object.keys(tables) as TableName[]) {
      if (name === 'rejections') continue;
      const rows =
        name === 'applications' ? followRejectionIds(tables.applications, rejections.ids) : tables[name];
      await mergeTable(name, rows);
    }
    return { added, merged };
  });
}

/** Applies the backup's preferences and switches over the ones set here; fields it lacks stay as they are. */
async function restoreSettings(backup: Backup): Promise<void> {
  await preferences.setValue({ ...(await preferences.getValue()), ...backup.preferences });
  await siteSwitches.setValue({ ...(await siteSwitches.getValue()), ...backup.siteSwitches });
}

/**
 * Imports a backup file's text. A bad file is answered with its problem and changes nothing. Settings live
 * outside the database, so they are written once the database transaction has committed.
 */
export async function importBackupText(
  db: ComebackDb,
  text: string,
  maxLength = MAX_BACKUP_BYTES,
): Promise<ImportOutcome> {
  const parsed = parseBackup(text, maxLength);
  if (!parsed.ok) return parsed;
  const { added, merged } = await mergeBackup(db, parsed.backup.tables);
  await restoreSettings(parsed.backup);
  return { ok: true, added, merged };
}
