// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { send } from '@/messaging/send';
import { ComebackDb } from '@/storage/db';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { WinsSection } from './WinsSection';

let background: ComebackDb;
let pageDb: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  const name = `wins-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  pageDb = new ComebackDb(name);
  record = connectBackground(background);
});

afterEach(async () => {
  cleanup();
  pageDb.close();
  await background.delete();
});

const pasteField = () => screen.getByLabelText('Add a win, or paste a list: one per line');
const addButton = () => screen.getByRole('button', { name: 'Add to my wins' }) as HTMLButtonElement;
const winItem = (text: string) => {
  const item = screen.getByText(text).closest('li');
  if (!item) throw new Error(`no win "${text}"`);
  return item;
};
const storedTexts = async () => (await background.wins.toArray()).map((win) => win.text).sort();

async function openSection() {
  render(<WinsSection db={pageDb} />);
  await screen.findByRole('heading', { name: 'Your wins' });
}

describe('the wins manager', () => {
  it('previews a pasted list, skipping blanks and repeats, then adds it', async () => {
    await send('addWin', { text: 'Ran a marathon' });
    await openSection();
    expect(addButton().disabled).toBe(true);

    fireEvent.input(pasteField(), {
      target: {
        value: '1. Shipped the app\n\n2. ran a marathon\n- Mentored two juniors\n• Shipped the app.',
      },
    });
    expect(screen.getByText('Ready to add (2):')).toBeTruthy();
    const preview = screen.getByText('Ready to add (2):').nextElementSibling as HTMLElement;
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Shipped the app', 'Mentored two juniors']);
    expect(screen.getByText('Skipped, already saved or repeated: 2')).toBeTruthy();

    fireEvent.click(addButton());
    expect(await screen.findByText('Added 2 to your wins. Good to remember.')).toBeTruthy();
    expect(await storedTexts()).toEqual(['Mentored two juniors', 'Ran a marathon', 'Shipped the app']);
    expect((pasteField() as HTMLTextAreaElement).value).toBe('');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    expect(record.sent.filter((message) => message.type === 'addWins')).toEqual([
      { type: 'addWins', payload: { texts: ['Shipped the app', 'Mentored two juniors'] } },
    ]);
  });

  it('says so when a pasted list has nothing new', async () => {
    await send('addWin', { text: 'Ran a marathon' });
    await openSection();
    fireEvent.input(pasteField(), { target: { value: '- Ran a marathon\n  \n' } });
    expect(screen.getByText('Nothing new to add from this list.')).toBeTruthy();
    expect(addButton().disabled).toBe(true);
  });

  it('stars and unstars a win', async () => {
    const { id } = await send('addWin', { text: 'Ran a marathon' });
    await openSection();
    const star = within(winItem('Ran a marathon')).getByRole('button', { name: 'Star' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
    expect((await background.wins.get(id))?.starred).toBe(1);
    fireEvent.click(star);
    await waitFor(async () => expect((await background.wins.get(id))?.starred).toBe(0));
  });

  it('edits the words and tags of a win, and returns the focus to Edit', async () => {
    const { id } = await send('addWin', { text: 'Ran a marathon' });
    await openSection();
    fireEvent.click(within(winItem('Ran a marathon')).getByRole('button', { name: 'Edit' }));

    const words = screen.getByLabelText('Your win') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(words);
    fireEvent.input(words, { target: { value: 'Ran my first marathon' } });
    const tagField = screen.getByLabelText('Add a tag');
    fireEvent.input(tagField, { target: { value: 'health' } });
    fireEvent.keyDown(tagField, { key: 'Enter' });
    fireEvent.input(tagField, { target: { value: '#grit, Health, ' } });
    expect(
      within(screen.getByRole('group', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['health×', 'grit×']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag health' }));
    fireEvent.input(tagField, { target: { value: 'pride' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Ran my first marathon')).toBeTruthy());
    expect(await background.wins.get(id)).toMatchObject({
      text: 'Ran my first marathon',
      tags: ['grit', 'pride'],
    });
    const item = winItem('Ran my first marathon');
    expect(
      within(item)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['grit', 'pride']);
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Edit' }));
  });

  it('keeps a win’s words when they are emptied, and leaves it as it was on Escape', async () => {
    const { id } = await send('addWin', { text: 'Ran a marathon' });
    await openSection();
    fireEvent.click(within(winItem('Ran a marathon')).getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Your win'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A win needs a few words.');
    expect(record.sent.some((message) => message.type === 'updateWin')).toBe(false);

    fireEvent.keyDown(screen.getByLabelText('Your win'), { key: 'Escape' });
    expect(screen.getByText('Ran a marathon')).toBeTruthy();
    expect((await background.wins.get(id))?.text).toBe('Ran a marathon');
  });

  it('deletes a win with an Undo that puts it back as it was', async () => {
    const { id } = await send('addWin', { text: 'Ran a marathon' });
    await send('updateWin', { id, starred: true, tags: ['health'] });
    const before = await background.wins.get(id);
    await openSection();
    fireEvent.click(within(winItem('Ran a marathon')).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Win deleted.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Ran a marathon')).toBeNull());
    expect(await background.wins.count()).toBe(0);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);

    fireEvent.click(undo);
    expect(await screen.findByText('Back as it was.')).toBeTruthy();
    expect(await screen.findByText('Ran a marathon')).toBeTruthy();
    expect(await background.wins.get(id)).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows only the wins with the tag chosen', async () => {
    const { ids } = await send('addWins', { texts: ['Ran a marathon', 'Shipped the app', 'Led the launch'] });
    await send('updateWin', { id: ids[0] ?? -1, tags: ['Health'] });
    await send('updateWin', { id: ids[1] ?? -1, tags: ['work'] });
    await send('updateWin', { id: ids[2] ?? -1, tags: ['work', 'health'] });
    await openSection();
    const filter = await screen.findByRole('group', { name: 'Show wins tagged' });
    expect(
      within(filter)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['All', 'health', 'work']);

    fireEvent.click(within(filter).getByRole('button', { name: 'health' }));
    expect(within(filter).getByRole('button', { name: 'health' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByText('Shipped the app')).toBeNull();
    expect(screen.getByText('Ran a marathon')).toBeTruthy();
    expect(screen.getByText('Led the launch')).toBeTruthy();

    fireEvent.click(within(filter).getByRole('button', { name: 'All' }));
    expect(screen.getByText('Shipped the app')).toBeTruthy();
  });

  it('invites a first win when there is none', async () => {
    await openSection();
    expect(screen.getByText('No wins saved yet. Start with one small thing you did well.')).toBeTruthy();
  });
});
