// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComebackDb } from '@/storage/db';
import { DEFAULT_PREFERENCES, preferences } from '@/storage/preferences';
import { addManual } from '@/storage/rejections';
import { connectBackground } from '@/tests/unit/connect-background';
import { TakeADay } from './TakeADay';
import { useLiveQuery } from './use-live-query';

const WEDNESDAY_9AM = new Date(2025, 2, 12, 9).getTime();

let db: ComebackDb;
let id: number;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(WEDNESDAY_9AM);
  db = new ComebackDb(`pause-${crypto.randomUUID()}`);
  connectBackground(db);
  id = await addManual(db, { company: 'Northwind' });
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await db.delete();
});

function LivePause() {
  const rejection = useLiveQuery(() => db.rejections.get(id), []);
  if (rejection.status !== 'ready' || !rejection.value) return null;
  return <TakeADay rejection={rejection.value} locale="en-US" />;
}

const length = () => screen.getByLabelText('How long') as HTMLSelectElement;
const alarmTimes = async () => (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.scheduledTime);

describe('Take a day', () => {
  it('offers the default length from the settings', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, pauseDefault: 'twoDays' });
    render(<LivePause />);
    await screen.findByRole('heading', { name: 'Take a day' });
    expect(length().value).toBe('twoDays');
    expect([...length().options].map((option) => option.text)).toEqual(['A few hours', 'A day', 'Two days']);
  });

  it('pauses until the chosen time, says so kindly, and ends early on request', async () => {
    render(<LivePause />);
    await screen.findByRole('heading', { name: 'Take a day' });
    expect(length().value).toBe('day');
    fireEvent.change(length(), { target: { value: 'hours' } });
    fireEvent.click(screen.getByRole('button', { name: 'Take the time' }));

    const line = await screen.findByText(/^Taking time for yourself until /);
    expect(line.textContent?.replace(/\s/g, ' ')).toBe(
      'Taking time for yourself until Wed 1:00 PM. No rush: the plan will wait.',
    );
    await waitFor(async () => expect(await alarmTimes()).toEqual([new Date(2025, 2, 12, 13).getTime()]));
    expect(screen.queryByLabelText('How long')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: "I'm ready now" }));
    expect(await screen.findByText('Welcome back. Take it one step at a time.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Take the time' })).toBeTruthy();
    expect((await db.rejections.get(id))?.pause).toBeUndefined();
    await waitFor(async () => expect(await alarmTimes()).toEqual([]));
  });

  it('steps aside once the time is up', async () => {
    render(<LivePause />);
    await screen.findByRole('heading', { name: 'Take a day' });
    await db.rejections.update(id, { pause: { until: WEDNESDAY_9AM - 1, nudgedAt: WEDNESDAY_9AM - 1 } });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Take a day' })).toBeNull());
  });
});
