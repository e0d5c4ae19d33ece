// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { send } from '@/messaging/send';
import { ComebackDb } from '@/storage/db';
import { type PauseLength, preferences, readPreferences } from '@/storage/preferences';
import { connectBackground } from '@/tests/unit/connect-background';
import { OnboardingPage } from './OnboardingPage';

let background: ComebackDb;
let pageDb: ComebackDb;

beforeEach(() => {
  const name = `onboarding-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  pageDb = new ComebackDb(name);
  connectBackground(background);
});

afterEach(async () => {
  cleanup();
  pageDb.close();
  await background.delete();
});

async function openPage() {
  render(<OnboardingPage db={pageDb} locale="en-GB" />);
  await screen.findByRole('group', { name: 'Time to take before the gentle check-in' });
}

const section = (name: string) => screen.getByRole('region', { name });

describe('the onboarding page', () => {
  it('says which sites it reads, what it keeps, and that nothing leaves the device', async () => {
    await openPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Comeback' })).toBeTruthy();
    const reads = within(section('What it reads'));
    expect(
      reads.getByText(
        'Only the message you open in Gmail, Outlook and LinkedIn, read inside the page. Never your whole inbox.',
      ),
    ).toBeTruthy();
    expect(
      reads.getByText('The application updates you look at on Indeed, Workday and Greenhouse.'),
    ).toBeTruthy();
    expect(
      reads.getByText(/^Text you select on any page, only when you choose "Log as a rejection"/),
    ).toBeTruthy();
    expect(within(section('What it keeps')).getByText(/^All of it stays in this browser/)).toBeTruthy();
  });

  it('names everything it keeps: the sender, the thread, what "Not a rejection" remembers, your name', async () => {
    await openPage();
    const keeps = within(section('What it keeps'));
    const rejection = keeps.getByText(/^For each rejection:/).textContent;
    expect(rejection).toContain("the recruiter's name and address, the address it came from");
    expect(rejection).toContain('the link back to the conversation');
    expect(
      keeps.getByText(
        'When you say "Not a rejection": which message it was, who sent it and the wording that misled Comeback, so it is not flagged again.',
      ),
    ).toBeTruthy();
    // The name saved in the settings to sign drafts is the user's too.
    expect(keeps.getByText(/^And what you add yourself:/).textContent).toContain(
      'the name you sign your messages with',
    );
  });

  it('saves the first wins, skipping one already there', async () => {
    await send('addWin', { text: 'Ran a marathon' });
    await openPage();
    const wins = within(section('Start with a few wins'));
    fireEvent.input(wins.getByLabelText('Add a win, or paste a list: one per line'), {
      target: { value: '- Shipped the app\n- ran a marathon\n- Mentored two juniors' },
    });
    // The saved wins are read live: the repeat shows as skipped once they are in.
    await wins.findByText('Skipped, already saved or repeated: 1');
    fireEvent.click(wins.getByRole('button', { name: 'Add to my wins' }));
    await wins.findByText('Added 2 to your wins. Good to remember.');
    expect((await background.wins.toArray()).map((win) => win.text).sort()).toEqual([
      'Mentored two juniors',
      'Ran a marathon',
      'Shipped the app',
    ]);
  });

  it('sets the default time to feel it, shown from what is stored', async () => {
    await openPage();
    const group = screen.getByRole('group', { name: 'Time to take before the gentle check-in' });
    const choice = (name: string) => within(group).getByLabelText(name) as HTMLInputElement;
    expect(choice('A day').checked).toBe(true);

    fireEvent.click(choice('A few hours'));
    await screen.findByText('Saved. You can still choose another length each time.');
    expect((await readPreferences()).pauseDefault).toBe('hours');
    await waitFor(() => expect(choice('A few hours').checked).toBe(true));
    expect(choice('A day').checked).toBe(false);
  });

  it('keeps the other preferences when the default changes, and refuses a length it does not know', async () => {
    await preferences.setValue({ ...(await readPreferences()), userName: 'Alex' });
    await send('setPauseDefault', { length: 'twoDays' });
    expect(await readPreferences()).toMatchObject({ pauseDefault: 'twoDays', userName: 'Alex' });
    await expect(send('setPauseDefault', { length: 'week' as PauseLength })).rejects.toThrow(/week/);
    expect((await readPreferences()).pauseDefault).toBe('twoDays');
  });

  it('ends with where to go next: the mail, and the settings', async () => {
    await openPage();
    const next = within(section('What now'));
    expect(next.getByRole('link', { name: 'Open Gmail' }).getAttribute('href')).toBe(
      'https://mail.google.com/',
    );
    expect(next.getByRole('link', { name: 'Open Outlook' }).getAttribute('href')).toBe(
      'https://outlook.live.com/',
    );
    expect(next.getByRole('link', { name: 'All settings' }).getAttribute('href')).toMatch(/\/options\.html$/);
  });
});
