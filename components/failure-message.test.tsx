// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupJson, collectBackup } from '@/storage/backup';
import { ComebackDb } from '@/storage/db';
import { addManual } from '@/storage/rejections';
import { englishMessage } from '@/tests/setup/unit';
import { connectBackground } from '@/tests/unit/connect-background';
import { fillStorage } from '@/tests/unit/full-storage';
import { LogRejectionForm } from './LogRejectionForm';
import { ImportPanel } from './options/ImportPanel';
import { WinsSection } from './options/WinsSection';
import { WinsReminder } from './WinsReminder';

const STORAGE_FULL_TEXT = englishMessage('errorStorageFull');
const GENERIC_TEXT = englishMessage('errorGeneric');

let background: ComebackDb;
let pageDb: ComebackDb;

beforeEach(() => {
  const name = `failure-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  pageDb = new ComebackDb(name);
  connectBackground(background);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  pageDb.close();
  await background.delete();
});

const type = (label: string, text: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

async function logARejection(): Promise<void> {
  render(<LogRejectionForm onSaved={() => undefined} />);
  type('Company', 'Acme');
  fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
}

describe('what the pages say when the browser storage is full', () => {
  it('the log form says so, in its alert, and nothing is stored', async () => {
    fillStorage();
    await logARejection();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(STORAGE_FULL_TEXT));
    expect(await background.rejections.count()).toBe(0);
  });

  it("the popup's win reminder says so, and keeps what was typed", async () => {
    fillStorage();
    render(<WinsReminder db={pageDb} />);
    type('A win to remember', 'Ran the launch');
    fireEvent.click(screen.getByRole('button', { name: 'Save win' }));
    await screen.findByText(STORAGE_FULL_TEXT);
    expect((screen.getByLabelText('A win to remember') as HTMLInputElement).value).toBe('Ran the launch');
    expect(await background.wins.count()).toBe(0);
  });

  it('the wins manager says so for a pasted list, and adds none of it', async () => {
    render(<WinsSection db={pageDb} />);
    await screen.findByLabelText('Add a win, or paste a list: one per line');
    type('Add a win, or paste a list: one per line', 'Ran the launch\nMentored two juniors');
    fillStorage({ allowed: 1 });
    fireEvent.click(await screen.findByRole('button', { name: 'Add to my wins' }));
    await screen.findByText(STORAGE_FULL_TEXT);
    expect(await background.wins.count()).toBe(0);
  });

  it('the import says so, in its alert, and changes nothing', async () => {
    const source = new ComebackDb(`failure-source-${crypto.randomUUID()}`);
    await addManual(source, { company: 'Globex' });
    await addManual(source, { company: 'Initech' });
    const backup = backupJson(await collectBackup(source));
    await source.delete();
    fillStorage({ allowed: 1 });
    render(<ImportPanel locale="en-US" />);
    const input = screen.getByLabelText('Choose a Comeback backup (.json)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([backup], 'backup.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(STORAGE_FULL_TEXT));
    expect(await background.rejections.count()).toBe(0);
  });

  it('any other failure keeps the general words', async () => {
    fakeBrowser.runtime.sendMessage = (() =>
      Promise.reject(new Error('Could not establish connection.'))) as typeof fakeBrowser.runtime.sendMessage;
    await logARejection();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(GENERIC_TEXT));
  });
});
