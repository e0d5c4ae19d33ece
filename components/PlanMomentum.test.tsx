// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RejectionReport } from '@/messaging/protocol';
import { send } from '@/messaging/send';
import { dateFieldValue } from '@/plan/applied-date';
import { ComebackDb } from '@/storage/db';
import { preferences, readPreferences } from '@/storage/preferences';
import { listRejections } from '@/storage/rejections';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { PlanMomentum } from './PlanMomentum';
import { useLiveQuery } from './use-live-query';

const DAY = 24 * 60 * 60 * 1000;

let background: ComebackDb;
let popupDb: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  const name = `plan-momentum-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  popupDb = new ComebackDb(name);
  record = connectBackground(background);
});

afterEach(async () => {
  cleanup();
  popupDb.close();
  await background.delete();
});

function LivePlan({ id }: { id: number }) {
  const rejections = useLiveQuery(() => listRejections(popupDb), []);
  const rejection =
    rejections.status === 'ready' ? rejections.value.find((each) => each.id === id) : undefined;
  return rejection ? <PlanMomentum db={popupDb} rejection={rejection} locale="en-US" /> : null;
}

async function seed(fields: Partial<RejectionReport> = {}): Promise<number> {
  const outcome = await send('reportRejection', {
    key: `gmail:${crypto.randomUUID()}`,
    source: 'gmail',
    company: 'Acme',
    role: 'Product Designer',
    excerpt: 'We have decided to move forward with other candidates.',
    score: 0.9,
    reasons: [],
    receivedAt: Date.now() - 2 * DAY,
    ...fields,
  });
  if (outcome.status !== 'added') throw new Error(`not added: ${outcome.status}`);
  return outcome.id;
}

async function openPlan(id: number) {
  render(<LivePlan id={id} />);
  await screen.findByRole('heading', { name: 'Momentum' });
}

const toggle = () => screen.getByRole('button', { name: 'I applied again' });

describe('"I applied again"', () => {
  it('logs the next application after this rejection, dated today, and updates the figures', async () => {
    const id = await seed();
    await openPlan(id);
    await screen.findByText('Last application');
    expect(screen.getByText('Last application').nextElementSibling?.textContent).toBe('Not yet');

    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    const company = screen.getByLabelText('Company');
    expect(document.activeElement).toBe(company);
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe(dateFieldValue(Date.now()));
    fireEvent.input(company, { target: { value: ' Hooli ' } });
    fireEvent.input(screen.getByLabelText('Role (optional)'), { target: { value: 'Designer' } });
    const before = Date.now();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText("Logged. That's a comeback in motion.")).toBeTruthy();
    expect(screen.queryByLabelText('Company')).toBeNull();
    expect(document.activeElement).toBe(toggle());
    const [application] = await background.applications.toArray();
    expect(application).toMatchObject({ company: 'Hooli', role: 'Designer', afterRejectionId: id });
    expect(application?.appliedAt).toBeGreaterThanOrEqual(before);
    await waitFor(() =>
      expect(screen.getByText('Last application').nextElementSibling?.textContent).toBe('today'),
    );
    expect(screen.getByText('Typical bounce-back').nextElementSibling?.textContent).toBe('2 days');
    // Two days ago may have been last month.
    const rejectedThisMonth = new Date(Date.now() - 2 * DAY).getMonth() === new Date().getMonth();
    expect(screen.getByText('Rejections this month').nextElementSibling?.textContent).toBe(
      rejectedThisMonth ? '1' : '0',
    );
  });

  it('dates an application sent on an earlier day at that day', async () => {
    const id = await seed();
    await openPlan(id);
    fireEvent.click(toggle());
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Hooli' } });
    const yesterday = new Date(Date.now() - DAY);
    fireEvent.input(screen.getByLabelText('Date'), {
      target: { value: dateFieldValue(yesterday.getTime()) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText("Logged. That's a comeback in motion.");
    const [application] = await background.applications.toArray();
    const midday = new Date(yesterday.getFullYear(), yesterday.getMonth(), yesterday.getDate(), 12).getTime();
    expect(application?.appliedAt).toBe(midday);
  });

  it('asks for the company, and logs nothing on Cancel', async () => {
    const id = await seed();
    await openPlan(id);
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe("Please add the company's name.");
    expect(screen.getByLabelText('Company').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Company')).toBeNull();
    expect(record.sent.some((message) => message.type === 'logApplication')).toBe(false);
    expect(await background.applications.count()).toBe(0);
  });
});

describe('the note to the mentor', () => {
  it('is not offered before a mentor is set', async () => {
    await openPlan(await seed());
    await screen.findByText('Last application');
    expect(screen.queryByRole('button', { name: /^Tell / })).toBeNull();
  });

  it('opens Gmail’s compose window to the mentor, filled in, for a Gmail user', async () => {
    await preferences.setValue({
      ...(await readPreferences()),
      userName: 'Alex',
      mentor: { name: 'Sam Lee', email: 'sam@example.org' },
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPlan(await seed());
    fireEvent.click(await screen.findByRole('button', { name: 'Tell Sam how it went' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const url = new URL(create.mock.calls[0]?.[0].url ?? '');
    expect(url.origin).toBe('https://mail.google.com');
    expect(url.searchParams.get('to')).toBe('sam@example.org');
    expect(url.searchParams.get('su')).toBe('A quick update from Alex');
    expect(url.searchParams.get('body')).toMatch(
      /^Hi Sam,\n\nA quick update: I heard back from Acme about the Product Designer role, and it's a no this time\./,
    );
  });

  it('uses the mail app for a rejection logged by hand, with the user’s own wording', async () => {
    await preferences.setValue({ ...(await readPreferences()), mentor: { name: 'Sam' } });
    await send('saveTemplate', { kind: 'mentor', subject: 'News', body: 'Hey {mentor}, {company} said no.' });
    const { id } = await send('logManualRejection', { company: 'Initech' });
    await openPlan(id);
    const link = await screen.findByRole('link', { name: 'Tell Sam how it went' });
    expect(link.getAttribute('href')).toBe('mailto:?subject=News&body=Hey%20Sam%2C%20Initech%20said%20no.');
  });
});
