import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { SITE_IDS } from '@/sites/registry';
import { BACKUP_FORMAT, type Backup, backupJson, collectBackup, parseBackup } from './backup';
import { type BackupTables, TABLE_NAMES } from './backup-schema';
import { ComebackDb } from './db';
import { DEFAULT_PREFERENCES, type Preferences, preferences } from './preferences';
import { importBackupText } from './restore';
import { siteSwitches } from './settings';
import type { Rejection, Source, TemplateKind } from './types';

const opened: ComebackDb[] = [];
function freshDb(): ComebackDb {
  const db = new ComebackDb(`backup-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function seed(db: ComebackDb, tables: Partial<BackupTables>): Promise<void> {
  for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkAdd(rows);
}

/** What the database and settings hold, as an export would write it. */
async function snapshot(db: ComebackDb): Promise<unknown> {
  return JSON.parse(backupJson(await collectBackup(db, 0)));
}

// Arbitraries for a whole, valid database: records as the model allows them, optional fields absent or set.
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const words = fc.string({ unit: 'grapheme', maxLength: 12 });
const score = fc.double({ min: 0, max: 1, noNaN: true }).map((value) => value + 0);
const SOURCES: Source[] = [...SITE_IDS, 'manual', 'selection', 'mbox'];
const TEMPLATE_KINDS: TemplateKind[] = [
  'feedbackShort',
  'feedbackWarm',
  'feedbackAfterInterview',
  'feedbackFinalRound',
  'reachOut',
  'mentor',
];

function uniqueBy<T>(rows: T[], identity: (row: T) => unknown): T[] {
  const seen = new Set();
  return rows.filter((row) => !seen.has(identity(row)) && seen.add(identity(row)));
}

const rejection = fc.record(
  {
    id: fc.integer({ min: 1, max: 100_000 }),
    key: fc.string({ minLength: 1, maxLength: 20 }),
    source: fc.constantFrom(...SOURCES),
    messageId: words,
    threadId: words,
    company: words,
    role: words,
    recruiterName: words,
    recruiterEmail: words,
    fromEmail: words,
    subject: words,
    excerpt: words,
    note: words,
    score,
    reasons: fc.array(words, { maxLength: 3 }),
    url: words,
    receivedAt: time,
    loggedAt: time,
    viewed: fc.constantFrom(0 as const, 1 as const),
    checklist: fc.array(
      fc.record({ id: words, text: words, done: fc.boolean() }, { requiredKeys: ['id', 'done'] }),
      { maxLength: 4 },
    ),
    pause: fc.record({ until: time, nudgedAt: time }, { requiredKeys: ['until'] }),
    feedback: fc.record(
      {
        askedAt: time,
        templateId: words,
        followUpDueAt: time,
        followUpShownAt: time,
        repliedAt: time,
        reply: words,
      },
      { requiredKeys: [] },
    ),
    reflection: fc.record(
      {
        prepared: fc.integer({ min: 1, max: 5 }),
        answersFit: fc.integer({ min: 1, max: 5 }),
        energy: fc.integer({ min: 1, max: 5 }),
        missingSkills: fc.array(words, { maxLength: 3 }),
        notes: words,
        updatedAt: time,
      },
      { requiredKeys: ['missingSkills', 'updatedAt'] },
    ),
  },
  {
    requiredKeys: [
      'id',
      'key',
      'source',
      'excerpt',
      'score',
      'reasons',
      'receivedAt',
      'loggedAt',
      'viewed',
      'checklist',
    ],
  },
);

const tablesArbitrary: fc.Arbitrary<BackupTables> = fc
  .uniqueArray(rejection, { selector: (row) => row.key, maxLength: 6 })
  .map((rows) => uniqueBy(rows, (row) => row.id))
  .chain((rejections) =>
    fc.record({
      rejections: fc.constant(rejections as Rejection[]),
      // Numbered so no two are the same win or the same application: duplicates are merged by design.
      wins: fc
        .array(
          fc.record(
            {
              id: fc.integer({ min: 1, max: 100_000 }),
              text: words,
              createdAt: time,
              updatedAt: time,
              lastShownAt: time,
              starred: fc.constantFrom(0 as const, 1 as const),
              tags: fc.array(words, { maxLength: 3 }),
              dueTurn: fc.nat(50),
            },
            { requiredKeys: ['id', 'text', 'createdAt', 'lastShownAt', 'starred', 'tags'] },
          ),
          { maxLength: 5 },
        )
        .map((rows) =>
          uniqueBy(rows, (row) => row.id).map((row, index) => ({
            ...row,
            text: `${index + 1}: ${row.text}`,
          })),
        ),
      applications: fc
        .array(
          fc.tuple(
            fc.record(
              {
                id: fc.integer({ min: 1, max: 100_000 }),
                company: words,
                role: words,
                appliedAt: time,
                note: words,
                offerAt: time,
              },
              { requiredKeys: ['id', 'company', 'appliedAt'] },
            ),
            rejections.length > 0
              ? fc.option(fc.constantFrom(...rejections.map((row) => row.id)), { nil: undefined })
              : fc.constant(undefined),
          ),
          { maxLength: 5 },
        )
        .map((rows) =>
          uniqueBy(rows, ([row]) => row.id).map(([row, afterRejectionId], index) => ({
            ...row,
            company: `${index + 1}: ${row.company}`,
            ...(afterRejectionId === undefined ? {} : { afterRejectionId }),
          })),
        ),
      dismissals: fc.uniqueArray(fc.record({ key: words, dismissedAt: time }), {
        selector: (row) => row.key,
        maxLength: 4,
      }),
      corrections: fc.uniqueArray(fc.record({ key: words, correctedAt: time }), {
        selector: (row) => row.key,
        maxLength: 4,
      }),
      templates: fc
        .subarray(TEMPLATE_KINDS)
        .chain((kinds) =>
          fc.tuple(
            ...kinds.map((id) =>
              fc.record({ id: fc.constant(id), subject: words, body: words, updatedAt: time }),
            ),
          ),
        ),
      skills: fc.uniqueArray(
        fc.record(
          { key: words, name: words, addedAt: time, learnedAt: time },
          { requiredKeys: ['key', 'name', 'addedAt'] },
        ),
        { selector: (row) => row.key, maxLength: 4 },
      ),
    }),
  );

const preferencesArbitrary: fc.Arbitrary<Preferences> = fc.record({
  pauseDefault: fc.constantFrom('hours' as const, 'day' as const, 'twoDays' as const),
  quietHours: fc.option(fc.record({ from: fc.nat(1439), to: fc.nat(1439) }), { nil: null }),
  followUpDays: fc.nat(60),
  userName: words,
  mentor: fc.option(fc.record({ name: words, email: words }, { requiredKeys: ['name'] }), { nil: null }),
  checklistSteps: fc.array(fc.record({ id: words, text: words }, { requiredKeys: ['id'] }), { maxLength: 4 }),
});

const switchesArbitrary = fc.dictionary(fc.constantFrom(...SITE_IDS), fc.boolean());

describe('the backup file', () => {
  it('covers every table of the database', () => {
    expect([...TABLE_NAMES].sort()).toEqual(
      freshDb()
        .tables.map((table) => table.name)
        .sort(),
    );
  });

  it('names its format and version', async () => {
    const backup = await collectBackup(freshDb(), 5);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: 5 });
  });

  it('round-trips everything without loss: export, import into an empty profile, export again', async () => {
    await fc.assert(
      fc.asyncProperty(
        tablesArbitrary,
        preferencesArbitrary,
        switchesArbitrary,
        async (tables, prefs, switches) => {
          await browser.storage.local.clear();
          const source = freshDb();
          await seed(source, tables);
          await preferences.setValue(prefs);
          await siteSwitches.setValue(switches);
          const exported = await snapshot(source);

          await browser.storage.local.clear();
          const target = freshDb();
          const outcome = await importBackupText(target, JSON.stringify(exported));
          expect(outcome.ok).toBe(true);
          expect(await snapshot(target)).toStrictEqual(exported);
          // toEqual: fast-check's records have no prototype, stored objects do.
          expect(await preferences.getValue()).toEqual(prefs);
          expect(await siteSwitches.getValue()).toEqual(switches);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('changes nothing when the same backup is imported again: every record is merged with itself', async () => {
    await fc.assert(
      fc.asyncProperty(tablesArbitrary, async (tables) => {
        const db = freshDb();
        await seed(db, tables);
        const before = await snapshot(db);
        const outcome = await importBackupText(db, JSON.stringify(before));
        const rows = Object.values(tables).reduce((sum, table) => sum + table.length, 0);
        expect(outcome).toEqual({
          ok: true,
          added: Object.fromEntries(TABLE_NAMES.map((name) => [name, 0])),
          merged: rows,
        });
        expect(await snapshot(db)).toStrictEqual(before);
      }),
      { numRuns: 25 },
    );
  });
});

function rejectionRow(overrides: Partial<Rejection> = {}): Rejection {
  return {
    id: 1,
    key: 'gmail:a',
    source: 'gmail',
    company: 'Northwind',
    excerpt: 'We went with someone else.',
    score: 0.9,
    reasons: [],
    receivedAt: 1_000,
    loggedAt: 1_000,
    viewed: 1,
    checklist: [{ id: 'resume', done: false }],
    ...overrides,
  };
}

function backupWith(tables: Partial<BackupTables>, extra: Partial<Backup> = {}): Backup {
  const empty = Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as BackupTables;
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: 0,
    tables: { ...empty, ...tables },
    preferences: {},
    siteSwitches: {},
    ...extra,
  };
}

describe('merging an import into what is already here', () => {
  let db: ComebackDb;
  beforeEach(async () => {
    db = freshDb();
  });

  it('keeps a rejection already here, filling only the fields it lacks', async () => {
    await seed(db, { rejections: [rejectionRow({ id: 7, role: undefined, note: 'Mine' })] });
    const incoming = rejectionRow({ id: 3, role: 'Designer', note: 'From the file', company: 'Other name' });
    const outcome = await importBackupText(db, JSON.stringify(backupWith({ rejections: [incoming] })));
    expect(outcome).toMatchObject({ ok: true, added: { rejections: 0 }, merged: 1 });
    expect(await db.rejections.toArray()).toEqual([rejectionRow({ id: 7, role: 'Designer', note: 'Mine' })]);
  });

  it('merges wins by their words and applications by company, role and day', async () => {
    await seed(db, {
      wins: [{ id: 1, text: 'Shipped the app', createdAt: 1, lastShownAt: 0, starred: 0, tags: [] }],
      applications: [{ id: 1, company: 'Acme', role: 'Designer', appliedAt: Date.UTC(2025, 2, 3, 9) }],
    });
    const file = backupWith({
      wins: [
        { id: 5, text: 'shipped  the app.', createdAt: 2, lastShownAt: 0, starred: 1, tags: ['work'] },
        { id: 6, text: 'Ran a workshop', createdAt: 2, lastShownAt: 0, starred: 0, tags: [] },
      ],
      applications: [
        { id: 8, company: 'ACME', role: 'designer', appliedAt: Date.UTC(2025, 2, 3, 17), offerAt: 9 },
        { id: 9, company: 'Acme', role: 'Designer', appliedAt: Date.UTC(2025, 2, 4, 9) },
      ],
    });
    const outcome = await importBackupText(db, JSON.stringify(file));
    expect(outcome).toMatchObject({ ok: true, added: { wins: 1, applications: 1 }, merged: 2 });
    expect((await db.wins.toArray()).map((win) => win.text)).toEqual(['Shipped the app', 'Ran a workshop']);
    const applications = await db.applications.toArray();
    expect(applications).toHaveLength(2);
    expect(applications[0]).toMatchObject({ id: 1, company: 'Acme', offerAt: 9 });
  });

  it('gives a record whose id is taken a new one, and points its applications at it', async () => {
    await seed(db, { rejections: [rejectionRow({ id: 1, key: 'gmail:mine' })] });
    const file = backupWith({
      rejections: [rejectionRow({ id: 1, key: 'gmail:theirs' })],
      applications: [
        { id: 1, company: 'Bounce', appliedAt: 5, afterRejectionId: 1 },
        { id: 2, company: 'Elsewhere', appliedAt: 5, afterRejectionId: 99 },
      ],
    });
    await importBackupText(db, JSON.stringify(file));
    const theirs = await db.rejections.where('key').equals('gmail:theirs').first();
    expect(theirs?.id).not.toBe(1);
    const applications = await db.applications.toArray();
    expect(applications.find((each) => each.company === 'Bounce')?.afterRejectionId).toBe(theirs?.id);
    // A reference to a rejection that is not in the file would point at a stranger: it is dropped.
    expect(applications.find((each) => each.company === 'Elsewhere')).not.toHaveProperty('afterRejectionId');
  });

  it('keeps the preferences and switches the file does not mention', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, userName: 'Sam', followUpDays: 3 });
    await siteSwitches.setValue({ gmail: false, outlook: false });
    await importBackupText(
      db,
      JSON.stringify(backupWith({}, { preferences: { followUpDays: 10 }, siteSwitches: { outlook: true } })),
    );
    expect(await preferences.getValue()).toMatchObject({ userName: 'Sam', followUpDays: 10 });
    expect(await siteSwitches.getValue()).toEqual({ gmail: false, outlook: true });
  });

  it('stores nothing when the database fails half-way: the import is one transaction', async () => {
    await seed(db, { rejections: [rejectionRow({ key: 'gmail:kept' })] });
    const before = await snapshot(db);
    db.skills.hook('creating', () => {
      throw new Error('disk full');
    });
    const file = backupWith({
      rejections: [rejectionRow({ id: 2, key: 'gmail:new' })],
      wins: [{ id: 1, text: 'A win', createdAt: 1, lastShownAt: 0, starred: 0, tags: [] }],
      skills: [{ key: 'sql', name: 'SQL', addedAt: 1 }],
    });
    await expect(importBackupText(db, JSON.stringify(file))).rejects.toThrow();
    expect(await snapshot(db)).toStrictEqual(before);
  });
});

describe('a file that cannot be imported', () => {
  let db: ComebackDb;
  let before: unknown;

  beforeEach(async () => {
    db = freshDb();
    await seed(db, { rejections: [rejectionRow()] });
    await preferences.setValue({ ...DEFAULT_PREFERENCES, userName: 'Sam' });
    before = await snapshot(db);
  });

  async function expectRefused(text: string, problem: object, maxLength?: number): Promise<void> {
    expect(await importBackupText(db, text, maxLength)).toEqual({ ok: false, problem });
    expect(await snapshot(db)).toStrictEqual(before);
  }

  const valid = () =>
    JSON.parse(JSON.stringify(backupWith({ rejections: [rejectionRow({ id: 4, key: 'gmail:b' })] })));

  it('names a field of the wrong type, and changes nothing', async () => {
    const file = valid();
    file.tables.wins = [{ id: 1, text: 'Fine', createdAt: 1, lastShownAt: 0, starred: 0, tags: [] }];
    file.tables.rejections[0].receivedAt = 'last Tuesday';
    await expectRefused(JSON.stringify(file), {
      code: 'invalid',
      path: 'tables.rejections[0].receivedAt',
      expected: 'wholeNumber',
      missing: false,
    });
  });

  it('names a missing field, and changes nothing', async () => {
    const file = valid();
    delete file.tables.rejections[0].key;
    await expectRefused(JSON.stringify(file), {
      code: 'invalid',
      path: 'tables.rejections[0].key',
      expected: 'text',
      missing: true,
    });
  });

  it('names a missing table and a value outside the known ones', async () => {
    const noSkills = valid();
    delete noSkills.tables.skills;
    await expectRefused(JSON.stringify(noSkills), {
      code: 'invalid',
      path: 'tables.skills',
      expected: 'list',
      missing: true,
    });
    const oddSource = valid();
    oddSource.tables.rejections[0].source = 'carrier pigeon';
    await expectRefused(JSON.stringify(oddSource), {
      code: 'invalid',
      path: 'tables.rejections[0].source',
      expected: 'knownValue',
      missing: false,
    });
  });

  it('refuses a follow-up wait the settings form would not accept, and takes the longest one it does', async () => {
    for (const followUpDays of [61, 365, -1, 2.5]) {
      await expectRefused(JSON.stringify(backupWith({}, { preferences: { followUpDays } })), {
        code: 'invalid',
        path: 'preferences.followUpDays',
        expected: 'knownValue',
        missing: false,
      });
    }
    const longest = await importBackupText(
      db,
      JSON.stringify(backupWith({}, { preferences: { followUpDays: 60 } })),
    );
    expect(longest.ok).toBe(true);
    expect((await preferences.getValue()).followUpDays).toBe(60);
  });

  it('refuses two rows with the same id', async () => {
    const file = valid();
    file.tables.rejections.push({ ...file.tables.rejections[0], key: 'gmail:c' });
    await expectRefused(JSON.stringify(file), {
      code: 'invalid',
      path: 'tables.rejections[1].id',
      expected: 'uniqueId',
      missing: false,
    });
  });

  it('ignores __proto__ and constructor keys wherever they are, and never lets them reach a prototype', async () => {
    const file = { ...valid(), preferences: { followUpDays: 5 } };
    const text = JSON.stringify(file)
      .replace('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
      .replace('"key":"gmail:b"', '"key":"gmail:b","__proto__":{"viewed":0,"polluted":"yes"}')
      .replace('"preferences":{', '"preferences":{"__proto__":{"userName":"Mallory"},');
    const outcome = await importBackupText(db, text);
    expect(outcome).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const stored = await db.rejections.where('key').equals('gmail:b').first();
    expect(stored).toBeDefined();
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(stored).not.toHaveProperty('polluted');
    expect((await preferences.getValue()).userName).toBe('Sam');
  });

  it('does not look for rows hidden behind a __proto__ key: they are missing, and nothing changes', async () => {
    const file = valid();
    delete file.tables.skills;
    const text = JSON.stringify(file).replace('"tables":{', '"tables":{"__proto__":{"skills":[]},');
    await expectRefused(text, { code: 'invalid', path: 'tables.skills', expected: 'list', missing: true });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const text = JSON.stringify(valid());
    await expectRefused(text, { code: 'tooLarge', limit: 100 }, 100);
  });

  it('refuses text that is not JSON, JSON that is not a backup, and a backup from a newer version', async () => {
    await expectRefused('{"format": "comeback-backup", ', { code: 'notJson' });
    await expectRefused('[1, 2, 3]', { code: 'notBackup' });
    await expectRefused(JSON.stringify({ ...valid(), format: 'someone-else' }), { code: 'notBackup' });
    await expectRefused(JSON.stringify({ ...valid(), version: 2 }), { code: 'newerVersion' });
    await expectRefused(JSON.stringify({ ...valid(), version: '1' }), {
      code: 'invalid',
      path: 'version',
      expected: 'positiveWholeNumber',
      missing: false,
    });
  });

  it('reads a valid file to the same backup that was written', () => {
    const backup = backupWith({ rejections: [rejectionRow()] });
    expect(parseBackup(backupJson(backup))).toEqual({ ok: true, backup });
  });
});
