import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ComebackDb, declareVersions, SCHEMA_VERSIONS } from './db';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');
const fixtures: Fixture[] = readdirSync(FIXTURE_DIR)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Fixture);

/** What every record of a table must look like under the current schema, whatever version wrote it. */
const CURRENT_SHAPE: Record<string, (record: Record<string, unknown>) => void> = {
  wins: (win) => {
    expect([0, 1]).toContain(win.starred);
    expect(Array.isArray(win.tags)).toBe(true);
  },
};

describe('schema migrations', () => {
  it('has a data fixture for every schema version', () => {
    expect(fixtures.map((fixture) => fixture.version).sort()).toEqual(
      SCHEMA_VERSIONS.map((schema) => schema.version),
    );
  });

  for (const fixture of fixtures) {
    it(`opens data written at version ${fixture.version} with the current code and keeps every record`, async () => {
      const name = `migration-v${fixture.version}-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      declareVersions(old, fixture.version);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      old.close();

      const current = new ComebackDb(name);
      try {
        await current.open();
        expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
        for (const [table, rows] of Object.entries(fixture.tables)) {
          const upgraded = await current.table(table).toArray();
          expect(upgraded, table).toHaveLength(rows.length);
          for (const row of rows) {
            const key = 'key' in row ? row.key : row.id;
            const match = upgraded.find((candidate) => (candidate.key ?? candidate.id) === key);
            expect(match, `${table} ${String(key)}`).toMatchObject(row);
          }
          for (const record of upgraded) CURRENT_SHAPE[table]?.(record);
        }
      } finally {
        await current.delete();
      }
    });
  }
});
