/**
 * The backup file: every table of the database, the preferences and the site switches, with a format name and
 * version so a later Comeback knows what it reads. Written by the options page, read back by `restore.ts`.
 */
import {
  type BackupTables,
  preferences as preferencesGuard,
  type SiteSwitches,
  siteSwitches as siteSwitchesGuard,
  TABLE_NAMES,
  tables as tablesGuard,
} from './backup-schema';
import type { ComebackDb } from './db';
import { type Expected, isPlainObject, positiveWholeNumber, ShapeError, wholeNumber } from './guard';
import { type Preferences, readPreferences } from './preferences';
import { siteSwitches } from './settings';

export const BACKUP_FORMAT = 'comeback-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read: a real backup is a small fraction of this. */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  tables: BackupTables;
  preferences: Partial<Preferences>;
  siteSwitches: SiteSwitches;
}

/** Why a file cannot be imported, precise enough for the user to see what is wrong. */
export type ImportProblem =
  | { code: 'tooLarge'; limit: number }
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'newerVersion' }
  | { code: 'invalid'; path: string; expected: Expected; missing: boolean };

/** Everything, read in one transaction so the tables agree with each other. */
export async function collectBackup(db: ComebackDb, now = Date.now()): Promise<Backup> {
  const rows = await db.transaction('r', db.tables, () =>
    Promise.all(TABLE_NAMES.map((name) => db.table(name).toArray())),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    tables: Object.fromEntries(
      TABLE_NAMES.map((name, index) => [name, rows[index]]),
    ) as unknown as BackupTables,
    preferences: await readPreferences(),
    siteSwitches: await siteSwitches.getValue(),
  };
}

export function backupJson(backup: Backup): string {
  return JSON.stringify(backup, null, 2);
}

/** Keys that could reach an object's prototype are dropped while parsing, wherever they sit. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function withoutUnsafeKeys(key: string, value: unknown): unknown {
  return UNSAFE_KEYS.has(key) ? undefined : value;
}

/** Tables whose rows carry a number id that other rows may point to: each id may appear once. */
const NUMBERED_TABLES = ['rejections', 'wins', 'applications'] as const;

function checkUniqueIds(tables: BackupTables): void {
  for (const name of NUMBERED_TABLES) {
    const seen = new Set<number>();
    tables[name].forEach((row, index) => {
      if (seen.has(row.id)) throw new ShapeError(`tables.${name}[${index}].id`, 'uniqueId', false);
      seen.add(row.id);
    });
  }
}

/** Reads a backup file's text; a problem names what is wrong, and nothing has been touched. */
export function parseBackup(
  text: string,
  maxLength = MAX_BACKUP_BYTES,
): { ok: true; backup: Backup } | { ok: false; problem: ImportProblem } {
  if (text.length > maxLength) return { ok: false, problem: { code: 'tooLarge', limit: maxLength } };
  let value: unknown;
  try {
    value = JSON.parse(text, withoutUnsafeKeys);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT) {
    return { ok: false, problem: { code: 'notBackup' } };
  }
  try {
    const version = positiveWholeNumber(value.version, 'version');
    if (version > BACKUP_VERSION) return { ok: false, problem: { code: 'newerVersion' } };
    const backup: Backup = {
      format: BACKUP_FORMAT,
      version,
      exportedAt: wholeNumber(value.exportedAt, 'exportedAt'),
      tables: tablesGuard(value.tables, 'tables'),
      preferences: preferencesGuard(value.preferences, 'preferences'),
      siteSwitches: siteSwitchesGuard(value.siteSwitches, 'siteSwitches'),
    };
    checkUniqueIds(backup.tables);
    return { ok: true, backup };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const { path, expected, missing } = error;
    return { ok: false, problem: { code: 'invalid', path, expected, missing } };
  }
}
