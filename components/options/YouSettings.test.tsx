// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackRequest } from '@/components/FeedbackRequest';
import { ComebackDb } from '@/storage/db';
import { DEFAULT_PREFERENCES, preferences, readPreferences } from '@/storage/preferences';
import { addManual } from '@/storage/rejections';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { YouSection } from './YouSection';

let db: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  db = new ComebackDb(`you-${crypto.randomUUID()}`);
  record = connectBackground(db);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const time = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
const choose = (label: string, minute: number) =>
  fireEvent.change(time(label), { target: { value: String(minute) } });
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save these settings' }));
const saved = () => screen.findByText('Saved. Your reminders follow these settings from now on.');

describe('your own settings, in their own section', () => {
  it('show the stored settings, with quiet hours and the follow-up on by default', async () => {
    render(<YouSection />);
    expect((await screen.findByLabelText('Your name')).getAttribute('aria-describedby')).toBeTruthy();
    expect(field('No reminders during quiet hours').checked).toBe(true);
    expect([time('From').value, time('Until').value]).toEqual([String(22 * 60), String(8 * 60)]);
    expect(time('From').selectedOptions[0]?.textContent).toBe('10:00 PM');
    expect(time('From').options).toHaveLength(48);
    expect(field('Remind me once when a feedback request gets no answer').checked).toBe(true);
    expect(field('After this many days').value).toBe('7');
    expect(screen.getByRole('group', { name: 'Quiet hours' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Follow-up reminder' })).toBeTruthy();
  });

  it('save a name, quiet hours from 12:00 to 14:00, and a follow-up after 3 days', async () => {
    render(<YouSection />);
    await screen.findByLabelText('Your name');
    type('Your name', ' Alex Kim ');
    choose('From', 12 * 60);
    choose('Until', 14 * 60);
    type('After this many days', '3');
    save();
    expect(await saved()).toBeTruthy();
    expect(await readPreferences()).toMatchObject({
      userName: 'Alex Kim',
      quietHours: { from: 12 * 60, to: 14 * 60 },
      followUpDays: 3,
    });
    // The form starts over from what was kept, and the message stays.
    await waitFor(() => expect(field('Your name').value).toBe('Alex Kim'));
  });

  it('switch quiet hours and the follow-up off, and back on from the usual values', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, followUpDays: 4 });
    render(<YouSection />);
    fireEvent.click(await screen.findByLabelText('No reminders during quiet hours'));
    fireEvent.click(field('Remind me once when a feedback request gets no answer'));
    expect(time('From').disabled).toBe(true);
    expect(field('After this many days').disabled).toBe(true);
    save();
    expect(await saved()).toBeTruthy();
    expect(await readPreferences()).toMatchObject({ quietHours: null, followUpDays: 0 });

    await waitFor(() => expect(field('No reminders during quiet hours').checked).toBe(false));
    expect(field('After this many days').value).toBe('7');
    expect(time('From').value).toBe(String(22 * 60));
  });

  it('ask for a number of days in range before saving, and send nothing', async () => {
    render(<YouSection />);
    await screen.findByLabelText('After this many days');
    type('After this many days', '90');
    save();
    expect(
      await screen.findByText(
        'Please choose a whole number of days from 1 to 60, or switch the reminder off.',
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(field('After this many days'));
    expect(field('After this many days').getAttribute('aria-invalid')).toBe('true');
    expect(record.sent.some((message) => message.type === 'setPersonalSettings')).toBe(false);
  });

  it('offer a time chosen off the half hour, as it was kept', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, quietHours: { from: 21 * 60 + 45, to: 7 * 60 } });
    render(<YouSection />);
    await screen.findByLabelText('From');
    expect(time('From').value).toBe(String(21 * 60 + 45));
    expect(time('From').options).toHaveLength(49);
  });

  it('set how long "Take a day" lasts unless chosen otherwise, with the choice from onboarding', async () => {
    render(<YouSection />);
    const group = await screen.findByRole('group', { name: 'Time to take before the gentle check-in' });
    expect(screen.getByRole('heading', { level: 3, name: 'Time to feel it' })).toBeTruthy();
    const checked = () => group.querySelector<HTMLInputElement>('input:checked')?.value;
    expect(checked()).toBe('day');
    fireEvent.click(group.querySelector('input[value="hours"]') as HTMLInputElement);
    await waitFor(async () => expect((await readPreferences()).pauseDefault).toBe('hours'));
    await waitFor(() => expect(checked()).toBe('hours'));
    expect(record.sent).toEqual([{ type: 'setPauseDefault', payload: { length: 'hours' } }]);
  });

  it('sign the feedback request drafted in the plan with the name typed here', async () => {
    const id = await addManual(db, { company: 'Acme', role: 'Product Designer' });
    const rejection = await db.rejections.get(id);
    if (!rejection) throw new Error('not stored');
    const options = render(<YouSection />);
    await screen.findByLabelText('Your name');
    type('Your name', 'Alex Kim');
    save();
    expect(await saved()).toBeTruthy();
    options.unmount();

    render(<FeedbackRequest db={db} rejection={rejection} locale="en-US" />);
    const draft = (await screen.findByLabelText(
      'Your feedback request (you can edit it)',
    )) as HTMLTextAreaElement;
    await waitFor(() => expect(draft.value.endsWith('\nAlex Kim')).toBe(true));
  });
});
