// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from '@/storage/db';
import { type SelectionDraft, selectionDraft } from '@/storage/draft';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { PlanPopup } from './PlanPopup';

let background: ComebackDb;
let popupDb: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  const name = `draft-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  popupDb = new ComebackDb(name);
  record = connectBackground(background);
});

afterEach(async () => {
  cleanup();
  popupDb.close();
  await background.delete();
});

const lumenfield: SelectionDraft = {
  company: 'Lumenfield',
  role: 'Senior Product Designer',
  recruiter: 'Priya Raman',
  url: 'https://careers.lumenfield.example/messages/7',
  note: 'After careful consideration, we have decided to move forward with other candidates.',
  looksLikeRejection: true,
  createdAt: 1,
};

const openPopup = () => render(<PlanPopup db={popupDb} locale="en-US" />);
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
const title = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('a rejection drafted from selected text', () => {
  it('is prefilled with what was detected, and confirming logs it and clears the draft', async () => {
    await selectionDraft.setValue(lumenfield);
    openPopup();

    await title('Log this as a rejection?');
    expect(
      screen.getByText('This reads like a no from Lumenfield. Check the details below, then log it.'),
    ).toBeTruthy();
    expect(field('Company').value).toBe('Lumenfield');
    expect(field('Role (optional)').value).toBe('Senior Product Designer');
    expect(field('Recruiter (optional)').value).toBe('Priya Raman');
    expect(field('Note (optional)').value).toBe(lumenfield.note);
    await waitFor(() => expect(document.activeElement).toBe(field('Company')));
    expect(await background.rejections.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    await title('Senior Product Designer at Lumenfield');
    const [logged] = await background.rejections.toArray();
    expect(logged).toMatchObject({
      source: 'selection',
      company: 'Lumenfield',
      recruiterName: 'Priya Raman',
      note: lumenfield.note,
      url: lumenfield.url,
    });
    expect(await selectionDraft.getValue()).toBeNull();
  });

  it('lets the user log text the detector did not read as a rejection', async () => {
    await selectionDraft.setValue({ note: 'We went another way.', looksLikeRejection: false, createdAt: 2 });
    openPopup();

    await title('Log this as a rejection?');
    expect(screen.getByText(/doesn't read like a rejection to us, but you know best/)).toBeTruthy();
    fireEvent.input(field('Company'), { target: { value: 'Initech' } });
    fireEvent.input(field('Recruiter (optional)'), { target: { value: '  Sam Lee ' } });
    fireEvent.input(field('Note (optional)'), { target: { value: 'Told me on a call too.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));

    await title('Initech');
    expect(await background.rejections.toArray()).toMatchObject([
      { source: 'selection', company: 'Initech', recruiterName: 'Sam Lee', note: 'Told me on a call too.' },
    ]);
  });

  it('logs nothing when cancelled, and goes back to the plan', async () => {
    await selectionDraft.setValue(lumenfield);
    openPopup();
    await title('Log this as a rejection?');

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await title("Nothing here yet, and that's fine.");
    expect(await selectionDraft.getValue()).toBeNull();
    expect(await background.rejections.count()).toBe(0);
    expect(record.sent.map((message) => message.type)).toEqual(['discardDraft']);
  });

  it('appears when drafted while the popup is already open', async () => {
    openPopup();
    await title("Nothing here yet, and that's fine.");
    await selectionDraft.setValue(lumenfield);
    await title('Log this as a rejection?');
    await waitFor(() => expect(field('Company').value).toBe('Lumenfield'));
  });
});

describe('the popup footer', () => {
  it('links to the options page', async () => {
    openPopup();
    const link = (await screen.findByRole('link', { name: 'Settings and sites' })) as HTMLAnchorElement;
    expect(link.href).toBe('chrome-extension://test-extension-id/options.html');
    expect(link.target).toBe('_blank');
  });
});
