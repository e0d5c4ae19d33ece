import { Dexie, type EntityTable } from 'dexie';
import type { Dismissal, Rejection, Win } from './types';

export const DB_NAME = 'comeback';

/**
 * The one local database. The background writes to it; the popup and options pages read it live.
 * Every schema change adds a version here and a fixture under `storage/fixtures/` so no upgrade drops data.
 */
export class ComebackDb extends Dexie {
  rejections!: EntityTable<Rejection, 'id'>;
  wins!: EntityTable<Win, 'id'>;
  dismissals!: EntityTable<Dismissal, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      rejections: '++id, &key, receivedAt, viewed',
      wins: '++id, lastShownAt',
      dismissals: '&key',
    });
  }
}
