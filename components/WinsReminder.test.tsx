// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { send } from '@/messaging/send';
import { ComebackDb } from '@/storage/db';
import { connectBackground } from '@/tests/unit/connect-background';
import { WinsReminder } from './WinsReminder';

let background: ComebackDb;
let popupDb: ComebackDb;

beforeEach(() => {
  const name = `reminder-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  popupDb = new ComebackDb(name);
  connectBackground(background);
});

afterEach(async () => {
  cleanup();
  popupDb.close();
  await background.delete();
});

describe('the wins reminder', () => {
  it('says when the win shown is starred', async () => {
    const { id } = await send('addWin', { text: 'Shipped the app' });
    await send('updateWin', { id, starred: true });
    render(<WinsReminder db={popupDb} />);
    const win = (await screen.findByText('Shipped the app')).closest('blockquote');
    expect(win?.textContent).toBe('★ StarredShipped the app');
  });

  it('shows no star on a win that has none', async () => {
    await send('addWin', { text: 'Shipped the app' });
    render(<WinsReminder db={popupDb} />);
    expect((await screen.findByText('Shipped the app')).closest('blockquote')?.textContent).toBe(
      'Shipped the app',
    );
  });

  it('links to every win in the options page', async () => {
    render(<WinsReminder db={popupDb} />);
    const link = await screen.findByRole('link', { name: 'See all your wins' });
    expect(link.getAttribute('href')).toMatch(/\/options\.html#wins$/);
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
