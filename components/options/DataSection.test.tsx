// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toMboxrd } from '@/mail/mbox-write';
import { type Backup, backupJson, collectBackup, MAX_BACKUP_BYTES } from '@/storage/backup';
import { ComebackDb } from '@/storage/db';
import { DEFAULT_PREFERENCES, preferences } from '@/storage/preferences';
import { addManual } from '@/storage/rejections';
import { siteSwitches } from '@/storage/settings';
import { addWin } from '@/storage/wins';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { rawMessage } from '@/tests/unit/raw-mail';
import { DataSection } from './DataSection';
import { OptionsPage } from './OptionsPage';

let background: ComebackDb;
let pageDb: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  const name = `data-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  pageDb = new ComebackDb(name);
  record = connectBackground(background);
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  pageDb.close();
  await background.delete();
});

const show = () => render(<DataSection db={pageDb} locale="en-US" />);

/** Catches what the page hands to the browser's downloads: the file's name and content. */
function catchDownloads() {
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  return downloads;
}

function choose(label: string, file: File) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const chooseBackup = (file: File) => choose('Choose a Comeback backup (.json)', file);
const importAlert = () =>
  within(screen.getByRole('region', { name: 'Bring a copy back' })).getByRole('alert');

async function seedSome(): Promise<void> {
  await addManual(background, { company: 'Acme', role: 'Designer' });
  await addWin(background, 'Ran the launch');
  await preferences.setValue({ ...DEFAULT_PREFERENCES, userName: 'Sam' });
  await siteSwitches.setValue({ linkedin: false });
}

describe('downloading a copy', () => {
  it('downloads everything as a JSON backup, through a link, with the day in its name', async () => {
    await seedSome();
    const downloads = catchDownloads();
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Download everything (JSON)' }));
    await screen.findByText('Your download has started.');
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file?.name).toMatch(/^comeback-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse((await file?.blob.text()) ?? '') as Backup;
    const expected = await collectBackup(background, backup.exportedAt);
    expect(backup).toEqual(JSON.parse(backupJson(expected)));
    expect(backup.tables.rejections.map((rejection) => rejection.company)).toEqual(['Acme']);
    expect(backup.preferences.userName).toBe('Sam');
    expect(backup.siteSwitches).toEqual({ linkedin: false });
  });

  it('downloads the log as CSV that a spreadsheet reads as UTF-8', async () => {
    await addManual(background, { company: '=Müller GmbH' });
    const downloads = catchDownloads();
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Download the log (CSV)' }));
    await screen.findByText('Your download has started.');
    const [file] = downloads;
    if (!file) throw new Error('nothing downloaded');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toMatch(/^type,date,company,role,source/);
    expect(text).toContain(',"\'=Müller GmbH",');
    expect(file.name).toMatch(/^comeback-log-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});

describe('bringing a copy back', () => {
  async function backupFromAnotherProfile(): Promise<string> {
    const other = new ComebackDb(`other-${crypto.randomUUID()}`);
    await addManual(other, { company: 'Globex' }, 1);
    await addManual(other, { company: 'Initech' }, 2);
    await addWin(other, 'Ran the launch');
    await addWin(other, 'Mentored two juniors');
    const text = backupJson(await collectBackup(other));
    await other.delete();
    return text;
  }

  it('imports a backup through the background, merging what is already here', async () => {
    await seedSome();
    const text = await backupFromAnotherProfile();
    show();
    chooseBackup(new File([text], 'backup.json', { type: 'application/json' }));
    expect(
      await screen.findByText(
        'Your data is back. Rejections added: 2 · wins added: 1 · applications added: 0 · already here and merged: 1.',
      ),
    ).toBeTruthy();
    expect((await background.rejections.toArray()).map((rejection) => rejection.company).sort()).toEqual([
      'Acme',
      'Globex',
      'Initech',
    ]);
    expect(await background.wins.count()).toBe(2);
    expect(record.sent.filter((message) => message.type === 'importData')).toHaveLength(1);
  });

  it('names what is wrong with a bad file and changes nothing', async () => {
    await seedSome();
    const before = await collectBackup(background, 0);
    const file = JSON.parse(await backupFromAnotherProfile());
    file.tables.rejections[1].receivedAt = 'soon';
    show();
    chooseBackup(new File([JSON.stringify(file)], 'backup.json'));
    await waitFor(() =>
      expect(importAlert().textContent).toBe(
        "Something in this backup isn't right: tables.rejections[1].receivedAt should be a whole number. Nothing was changed.",
      ),
    );
    expect(await collectBackup(background, 0)).toEqual(before);
  });

  it('refuses a file too large to be a backup before reading it', async () => {
    show();
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    chooseBackup(file);
    await waitFor(() =>
      expect(importAlert().textContent).toBe(
        'This file is larger than 33.6 MB, too large for a Comeback backup. Nothing was changed.',
      ),
    );
    expect(read).not.toHaveBeenCalled();
    expect(record.sent).toEqual([]);
  });
});

describe('deleting everything', () => {
  it('asks first, starting on the safe choice, keeping focus inside, and Escape keeps the data', async () => {
    await seedSome();
    show();
    const opener = screen.getByRole('button', { name: 'Delete everything…' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Delete everything?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const keep = screen.getByRole('button', { name: 'Keep my data' });
    const confirm = screen.getByRole('button', { name: 'Delete everything' });
    expect(document.activeElement).toBe(keep);

    confirm.focus();
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(document.activeElement).toBe(keep);
    fireEvent.keyDown(keep, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);

    // Focus that slipped out of the dialog comes back with the next Tab.
    confirm.blur();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(document.activeElement).toBe(keep);

    fireEvent.keyDown(keep, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
    expect(await background.rejections.count()).toBe(1);
    expect(record.sent).toEqual([]);
  });

  it('deletes every record and setting once confirmed', async () => {
    await seedSome();
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Everything was deleted. A fresh start.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    for (const table of background.tables) expect(await table.count(), table.name).toBe(0);
    expect((await preferences.getValue()).userName).toBe('');
    expect(await siteSwitches.getValue()).toEqual({});
    expect(record.badgeRefreshes).toBe(1);
  });
});

describe('finding past rejections in a mailbox export', () => {
  const rejectionMail = (id: number) =>
    rawMessage({
      from: `Talent Team <talent@company${id}.example>`,
      subject: 'Your application for Data Analyst',
      text: `Thank you for applying to the Data Analyst role at Company ${id}.\n\nAfter careful review, we have decided to move forward with other candidates.\n\nKind regards,\nTalent Team`,
      messageId: `no-${id}@example`,
    });
  const otherMail = (id: number) =>
    rawMessage({
      from: 'Newsletter <news@example.org>',
      subject: `Weekly digest ${id}`,
      text: 'Here is what happened this week in the community.',
      messageId: `news-${id}@example`,
    });

  it('reads the chosen file, shows what it found, and stores each rejection once', async () => {
    const messages = Array.from({ length: 30 }, (_, index) =>
      index % 3 === 0 ? rejectionMail(index) : otherMail(index),
    );
    show();
    choose(
      'Choose a mailbox file (.mbox)',
      new File([toMboxrd([...messages, rejectionMail(0)])], 'All mail.mbox'),
    );
    expect(
      await screen.findByText(
        'Done. Messages read: 31 · rejections found: 10 · new in your log: 10.',
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    const stored = await background.rejections.toArray();
    expect(stored.map((rejection) => rejection.key).sort()).toEqual(
      Array.from({ length: 10 }, (_, index) => `mbox:no-${index * 3}@example`).sort(),
    );
    expect(stored.every((rejection) => rejection.source === 'mbox' && rejection.viewed === 1)).toBe(true);
    expect(record.sent.every((message) => message.type === 'addBackfill')).toBe(true);
  });

  it('keeps reading while another section is on show, and shows its progress, then its result, on return', async () => {
    const first = new TextEncoder().encode(toMboxrd([rejectionMail(1), otherMail(2)]));
    const rest = new TextEncoder().encode(toMboxrd([rejectionMail(3)]));
    let feed: ReadableStreamDefaultController<Uint8Array<ArrayBuffer>> | undefined;
    const file = new File(['x'.repeat(10_000)], 'big.mbox');
    vi.spyOn(file, 'stream').mockReturnValue(
      new ReadableStream<Uint8Array<ArrayBuffer>>({
        start(controller) {
          feed = controller;
          controller.enqueue(first);
        },
      }),
    );
    render(<OptionsPage initialSection="data" />);
    await screen.findByRole('tabpanel', { name: 'Your data' });
    choose('Choose a mailbox file (.mbox)', file);
    await screen.findByText(/^Read .* of 10 kB · messages: 1 · rejections found: 1$/);

    fireEvent.click(screen.getByRole('tab', { name: 'Wins' }));
    await screen.findByRole('tabpanel', { name: 'Wins' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Your data' }));
    const bar = await screen.findByRole('progressbar', { name: 'Reading the mailbox' });
    expect(bar.getAttribute('value')).toBe(String(first.length));
    expect((screen.getByLabelText('Choose a mailbox file (.mbox)') as HTMLInputElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('tab', { name: 'Wins' }));
    await screen.findByRole('tabpanel', { name: 'Wins' });
    feed?.enqueue(rest);
    feed?.close();
    await waitFor(async () => expect(await background.rejections.count()).toBe(2));
    fireEvent.click(screen.getByRole('tab', { name: 'Your data' }));
    expect(
      await screen.findByText('Done. Messages read: 3 · rejections found: 2 · new in your log: 2.'),
    ).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows its progress while reading and stops when asked, keeping what it found', async () => {
    const first = new TextEncoder().encode(toMboxrd([rejectionMail(1), otherMail(2)]));
    let cancelled = false;
    const file = new File(['x'.repeat(10_000)], 'big.mbox');
    vi.spyOn(file, 'stream').mockReturnValue(
      new ReadableStream<Uint8Array<ArrayBuffer>>({
        start(controller) {
          controller.enqueue(first);
        },
        cancel() {
          cancelled = true;
        },
      }),
    );
    show();
    choose('Choose a mailbox file (.mbox)', file);
    const bar = await screen.findByRole('progressbar', { name: 'Reading the mailbox' });
    expect(bar.getAttribute('max')).toBe('10000');
    await waitFor(() => expect(bar.getAttribute('value')).toBe(String(first.length)));
    expect(screen.getByText(/^Read .* of 10 kB · messages: 1 · rejections found: 1$/)).toBeTruthy();
    expect((screen.getByLabelText('Choose a mailbox file (.mbox)') as HTMLInputElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(
      await screen.findByText('Stopped. Messages read: 1 · new rejections kept in your log: 1.'),
    ).toBeTruthy();
    expect(cancelled).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await background.rejections.count()).toBe(1);
  });
});
