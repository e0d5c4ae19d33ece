// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from '@/storage/db';
import { preferences, readPreferences } from '@/storage/preferences';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { SupportSection } from './SupportSection';

let db: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  db = new ComebackDb(`support-${crypto.randomUUID()}`);
  record = connectBackground(db);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

const nameField = () => screen.getByLabelText('Their name') as HTMLInputElement;
const emailField = () => screen.getByLabelText('Their email (optional)') as HTMLInputElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('the Support section', () => {
  it('saves a mentor with their address, and shows them when the page opens again', async () => {
    const first = render(<SupportSection />);
    fireEvent.input(await screen.findByLabelText('Their name'), { target: { value: ' Sam Lee ' } });
    fireEvent.input(emailField(), { target: { value: 'sam@example.org' } });
    save();
    expect(await screen.findByText('Saved. Good to have someone in your corner.')).toBeTruthy();
    expect((await readPreferences()).mentor).toEqual({ name: 'Sam Lee', email: 'sam@example.org' });
    first.unmount();

    render(<SupportSection />);
    await waitFor(() => expect(nameField().value).toBe('Sam Lee'));
    expect(emailField().value).toBe('sam@example.org');
  });

  it('asks for a name, and for a complete address, before saving', async () => {
    render(<SupportSection />);
    fireEvent.input(await screen.findByLabelText('Their email (optional)'), { target: { value: 'sam@' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Please add their name.');
    expect(document.activeElement).toBe(nameField());
    expect(nameField().getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(nameField(), { target: { value: 'Sam' } });
    save();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe("That email address doesn't look complete."),
    );
    expect(document.activeElement).toBe(emailField());
    expect(record.sent.some((message) => message.type === 'setMentor')).toBe(false);
    expect((await readPreferences()).mentor).toBeNull();
  });

  it('removes the mentor', async () => {
    await preferences.setValue({ ...(await readPreferences()), mentor: { name: 'Sam' } });
    render(<SupportSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed.')).toBeTruthy();
    expect((await readPreferences()).mentor).toBeNull();
    await waitFor(() => expect(nameField().value).toBe(''));
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
  });
});
