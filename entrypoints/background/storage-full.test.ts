import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detect } from '@/detector';
import type { RejectionReport } from '@/messaging/protocol';
import { send } from '@/messaging/send';
import { isStorageFullAnswer } from '@/messaging/storage-full';
import { createPipeline } from '@/sites/pipeline';
import { backupJson, collectBackup } from '@/storage/backup';
import { ComebackDb } from '@/storage/db';
import { DEFAULT_PREFERENCES, preferences } from '@/storage/preferences';
import { addManual } from '@/storage/rejections';
import { siteSwitches } from '@/storage/settings';
import { addWin } from '@/storage/wins';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { fillStorage } from '@/tests/unit/full-storage';

const report: RejectionReport = {
  key: 'gmail:msg-full',
  source: 'gmail',
  messageId: 'msg-full',
  company: 'Lumenfield',
  excerpt: 'We have decided to move forward with other candidates.',
  score: 0.9,
  reasons: ['We have decided to move forward with other candidates.'],
  receivedAt: 1000,
};

let db: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  db = new ComebackDb(`full-${crypto.randomUUID()}`);
  record = connectBackground(db);
});

/** Fills the disk, keeping the background's console note of each refusal out of the test output. */
function fillStorageQuietly(options?: Parameters<typeof fillStorage>[0]): () => number {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return fillStorage(options);
}

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Every table with its rows: what "nothing changed" is compared against. */
async function everything(database: ComebackDb): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()]));
  return Object.fromEntries(tables);
}

/** The error a page sees when its message to the background failed. */
async function failure(answer: Promise<unknown>): Promise<unknown> {
  return answer.then(
    () => expect.fail('the background should have refused'),
    (error: unknown) => error,
  );
}

describe('the background when the browser says its storage is full', () => {
  it('answers a detected rejection with "storage full", stores nothing, leaves the badge alone, then recovers', async () => {
    const refused = fillStorageQuietly();
    expect(isStorageFullAnswer(await failure(send('reportRejection', report)))).toBe(true);
    expect(refused()).toBe(1);
    expect(await db.rejections.count()).toBe(0);
    expect(record.badgeRefreshes).toBe(0);

    // Space freed: the same message is stored as usual, once.
    vi.restoreAllMocks();
    expect(await send('reportRejection', report)).toMatchObject({ status: 'added' });
    expect(await db.rejections.count()).toBe(1);
  });

  it('lets a content script say so in the page, offering no plan, and throw nothing into it', async () => {
    fillStorageQuietly();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const onNewRejection = vi.fn();
    const onStorageFull = vi.fn();
    const run = createPipeline({
      source: 'gmail',
      loadJudge: async () => async (mails) => mails.map(detect),
      onDetectorMissing: () => undefined,
      report: (each) => send('reportRejection', each),
      onNewRejection,
      onStorageFull,
    });
    await expect(
      run([
        {
          messageId: 'msg-full-2',
          subject: 'Your application for Data Analyst',
          fromName: 'Priya Raman',
          fromEmail: 'priya@lumenfield.com',
          text: 'Hi Alex, thank you for applying to Lumenfield. After careful consideration, we have decided to move forward with other candidates.',
        },
      ]),
    ).resolves.toBeUndefined();
    expect(record.sent.map((message) => message.type)).toEqual(['reportRejection']);
    expect(onNewRejection).not.toHaveBeenCalled();
    expect(onStorageFull).toHaveBeenCalledExactlyOnceWith('Lumenfield');
    expect(await db.rejections.count()).toBe(0);
  });

  it('answers a rejection logged by hand with "storage full" and stores nothing', async () => {
    fillStorageQuietly();
    const error = await failure(send('logManualRejection', { company: 'Acme', role: 'Designer' }));
    expect(isStorageFullAnswer(error)).toBe(true);
    expect(await db.rejections.count()).toBe(0);
  });

  it('answers a win, or a pasted list of them, with "storage full": not one of the list is kept', async () => {
    await addWin(db, 'Finished the certification');
    const before = await everything(db);
    fillStorageQuietly();
    expect(isStorageFullAnswer(await failure(send('addWin', { text: 'Ran the launch' })))).toBe(true);
    expect(await everything(db)).toEqual(before);
    // Two of the list go in before the disk is full: the transaction takes them back out.
    vi.restoreAllMocks();
    fillStorageQuietly({ allowed: 2 });
    const texts = ['Mentored two juniors', 'Gave the team talk', 'Closed the audit'];
    expect(isStorageFullAnswer(await failure(send('addWins', { texts })))).toBe(true);
    expect(await everything(db)).toEqual(before);
  });

  it('answers an import with "storage full" and changes nothing: no table, no setting', async () => {
    const source = new ComebackDb(`full-source-${crypto.randomUUID()}`);
    for (const company of ['Acme', 'Globex', 'Initech', 'Umbrella']) await addManual(source, { company });
    for (const text of ['Ran the launch', 'Mentored two juniors']) await addWin(source, text);
    await preferences.setValue({ ...DEFAULT_PREFERENCES, userName: 'Sam' });
    await siteSwitches.setValue({ linkedin: false });
    const backup = backupJson(await collectBackup(source));
    await source.delete();
    await preferences.removeValue();
    await siteSwitches.removeValue();

    await addManual(db, { company: 'Contoso' });
    const before = await everything(db);
    // Three rows go in before the disk is full: the transaction takes them back out.
    const refused = fillStorageQuietly({ allowed: 3 });
    expect(isStorageFullAnswer(await failure(send('importData', { text: backup })))).toBe(true);
    expect(refused()).toBe(1);
    expect(await everything(db)).toEqual(before);
    expect(await preferences.getValue()).not.toMatchObject({ userName: 'Sam' });
    expect(await siteSwitches.getValue()).toEqual({});
    expect(record.badgeRefreshes).toBe(0);
  });

  it('passes any other failure on as it was', async () => {
    fillStorageQuietly();
    const error = await failure(send('addWin', { text: '   ' }));
    expect(isStorageFullAnswer(error)).toBe(false);
    expect((error as Error).message).toBe('A win needs a few words.');
  });
});
