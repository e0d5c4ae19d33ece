import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Application, Correction, Dismissal, MessageTemplate, Rejection, Skill, Win } from './types';

export const DB_NAME = 'comeback';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  /** Rewrites records made by the version before; must keep every record. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/**
 * Every schema the database has had, oldest first. A change adds a version here (never edits an old one) and a
 * data fixture `storage/fixtures/vN.json`, which `migrations.test.ts` upgrades to the current version.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      rejections: '++id, &key, receivedAt, viewed',
      wins: '++id, lastShownAt',
      dismissals: '&key',
    },
  },
  {
    // Senders and phrases learned from "Not a rejection". Tables not named here are kept as they were.
    version: 2,
    stores: { corrections: '&key' },
  },
  {
    // The whole plan: starred and tagged wins, applications sent (and the offer), edited templates, skills to learn.
    version: 3,
    stores: {
      wins: '++id, lastShownAt, starred, *tags',
      applications: '++id, appliedAt, afterRejectionId',
      templates: '&id',
      skills: '&key',
    },
    upgrade: async (transaction) => {
      await transaction
        .table('wins')
        .toCollection()
        .modify((win: Partial<Win>) => {
          win.starred ??= 0;
          win.tags ??= [];
        });
    },
  },
];

/** Declares the schema versions on a Dexie instance, up to `upTo` (the newest by default). */
export function declareVersions(db: Dexie, upTo = Number.POSITIVE_INFINITY): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

/** The one local database. The background writes to it; the popup and options pages read it live. */
export class ComebackDb extends Dexie {
  rejections!: EntityTable<Rejection, 'id'>;
  wins!: EntityTable<Win, 'id'>;
  dismissals!: EntityTable<Dismissal, 'key'>;
  corrections!: EntityTable<Correction, 'key'>;
  applications!: EntityTable<Application, 'id'>;
  templates!: EntityTable<MessageTemplate, 'id'>;
  skills!: EntityTable<Skill, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this);
  }
}
