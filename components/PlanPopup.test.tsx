// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import { send } from '@/messaging/send';
import { ComebackDb } from '@/storage/db';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { PlanPopup, SWITCHER_STEP } from './PlanPopup';
import { readPlanPopupStart } from './plan-popup-start';

const MARCH_1 = Date.UTC(2025, 2, 1, 12);
const MARCH_12 = Date.UTC(2025, 2, 12, 12);

let background: ComebackDb;
let popupDb: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  // Two connections to one database, as the background and the popup each open their own.
  const name = `plan-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  popupDb = new ComebackDb(name);
  record = connectBackground(background);
});

afterEach(async () => {
  cleanup();
  popupDb.close();
  await background.delete();
});

async function seed(fields: Partial<RejectionReport> & Pick<RejectionReport, 'key'>): Promise<number> {
  const outcome = await send('reportRejection', {
    source: 'gmail',
    excerpt: 'We have decided to move forward with other candidates.',
    score: 0.9,
    reasons: [],
    receivedAt: MARCH_12,
    ...fields,
  });
  if (outcome.status !== 'added') throw new Error(`not added: ${outcome.status}`);
  return outcome.id;
}

const seedGlobex = () =>
  seed({
    key: 'gmail:globex',
    company: 'Globex',
    role: 'Analyst',
    recruiterName: 'Sam Lee',
    receivedAt: MARCH_1,
  });
const seedAcme = () =>
  seed({
    key: 'gmail:acme',
    company: 'Acme',
    role: 'Product Designer',
    recruiterName: 'Doe, Jane',
    recruiterEmail: 'jane@acme.com',
    receivedAt: MARCH_12,
  });

function openPopup(initialId?: number) {
  return render(<PlanPopup db={popupDb} locale="en-US" initialId={initialId} />);
}

const feedbackField = () =>
  screen.getByLabelText('Your feedback request (you can edit it)') as HTMLTextAreaElement;
const edit = (text: string) => fireEvent.input(feedbackField(), { target: { value: text } });
const title = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('PlanPopup', () => {
  it('opens on the latest rejection, fills the feedback request and marks it viewed', async () => {
    const globexId = await seedGlobex();
    const acmeId = await seedAcme();
    openPopup();

    await title('Product Designer at Acme');
    expect(screen.getByText('Received Mar 12, 2025')).toBeTruthy();
    expect(feedbackField().value).toMatch(
      /^Hi Jane,\n\nThank you for letting me know about the Product Designer role at Acme,/,
    );
    await waitFor(async () => expect((await background.rejections.get(acmeId))?.viewed).toBe(1));
    expect((await background.rejections.get(globexId))?.viewed).toBe(0);
    expect(record.badgeRefreshes).toBe(3);
  });

  it('shows what was read before rendering at once, then keeps reading live', async () => {
    await seedGlobex();
    const acmeId = await seedAcme();
    const start = await readPlanPopupStart(popupDb, Promise.resolve(undefined));
    render(<PlanPopup db={popupDb} locale="en-US" start={start} />);

    // No waiting: the first render already has the plan.
    expect(screen.getByRole('heading', { level: 1, name: 'Product Designer at Acme' })).toBeTruthy();
    await waitFor(async () => expect((await background.rejections.get(acmeId))?.viewed).toBe(1));
    await seed({ key: 'gmail:initech', company: 'Initech', role: 'Engineer', receivedAt: MARCH_1 });
    await waitFor(() => expect(screen.getByRole('option', { name: /^Initech — Engineer/ })).toBeTruthy());
  });

  it('opens on the unseen rejection logged last, even one received earlier, and clears it from the badge', async () => {
    const acmeId = await seedAcme();
    await popupDb.rejections.update(acmeId, { viewed: 1 });
    // Received before Acme, but opened in the mail just now: the one the badge counts.
    const globexId = await seedGlobex();
    const start = await readPlanPopupStart(popupDb, Promise.resolve(undefined));
    render(<PlanPopup db={popupDb} locale="en-US" start={start} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Analyst at Globex' })).toBeTruthy();
    await waitFor(async () => expect((await background.rejections.get(globexId))?.viewed).toBe(1));
    expect(await background.rejections.where('viewed').equals(0).count()).toBe(0);
  });

  it('opens on the newest rejection once every one has been seen', async () => {
    const globexId = await seedGlobex();
    const acmeId = await seedAcme();
    await popupDb.rejections.bulkUpdate([
      { key: globexId, changes: { viewed: 1 } },
      { key: acmeId, changes: { viewed: 1 } },
    ]);
    const start = await readPlanPopupStart(popupDb, Promise.resolve(undefined));
    render(<PlanPopup db={popupDb} locale="en-US" start={start} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Product Designer at Acme' })).toBeTruthy();
  });

  it('opens on the rejection named in the address', async () => {
    const globexId = await seedGlobex();
    await seedAcme();
    openPopup(globexId);
    await title('Analyst at Globex');
  });

  it('switches to an earlier rejection with a fresh feedback request', async () => {
    const globexId = await seedGlobex();
    const acmeId = await seedAcme();
    openPopup();
    await title('Product Designer at Acme');
    edit('My own words');
    expect(feedbackField().value).toBe('My own words');

    const picker = screen.getByLabelText('Rejection') as HTMLSelectElement;
    expect([...picker.options].map((option) => option.text)).toEqual([
      'Acme — Product Designer — Mar 12, 2025',
      'Globex — Analyst — Mar 1, 2025',
    ]);
    fireEvent.change(picker, { target: { value: String(globexId) } });
    await title('Analyst at Globex');
    expect(feedbackField().value).toMatch(/^Hi Sam,\n\n.*the Analyst role at Globex,/);
    await waitFor(async () => expect((await background.rejections.get(globexId))?.viewed).toBe(1));

    fireEvent.change(screen.getByLabelText('Rejection'), { target: { value: String(acmeId) } });
    await title('Product Designer at Acme');
    expect(feedbackField().value).toMatch(/^Hi Jane,/);
  });

  it('stays on the rejection shown when a newer one is detected meanwhile', async () => {
    await seedAcme();
    openPopup();
    await title('Product Designer at Acme');
    edit('Half-written note');

    const newerId = await seed({ key: 'gmail:initech', company: 'Initech', receivedAt: MARCH_12 + 1000 });
    await waitFor(() =>
      expect((screen.getByLabelText('Rejection') as HTMLSelectElement).options).toHaveLength(2),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Product Designer at Acme');
    expect(feedbackField().value).toBe('Half-written note');
    expect((await background.rejections.get(newerId))?.viewed).toBe(0);
  });

  it('offers the newest rejections to switch to, older ones on request, and the one shown', async () => {
    const stored = SWITCHER_STEP + 3;
    // Stored straight away: thousands could be, and the switcher must not list them all.
    const ids = (await background.rejections.bulkAdd(
      Array.from({ length: stored }, (_, index) => ({
        key: `gmail:bulk-${index}`,
        source: 'gmail' as const,
        company: `Company ${index}`,
        role: 'Analyst',
        excerpt: '',
        score: 0.9,
        reasons: [],
        receivedAt: MARCH_1 + index * 60_000,
        loggedAt: MARCH_12,
        viewed: 1 as const,
        checklist: [],
      })),
      { allKeys: true },
    )) as number[];
    const choices = () =>
      [...(screen.getByLabelText('Rejection') as HTMLSelectElement).options].map((option) => option.value);

    openPopup(ids[0]);
    await title('Analyst at Company 0');
    const newest = ids.slice(-SWITCHER_STEP).reverse().map(String);
    expect(choices()).toEqual([...newest, String(ids[0])]);

    fireEvent.click(screen.getByRole('button', { name: 'Show older ones' }));
    await waitFor(() => expect(choices()).toEqual([...ids].reverse().map(String)));
    expect(screen.queryByRole('button', { name: 'Show older ones' })).toBeNull();
  });

  it('keeps a ticked step for that rejection after the popup closes and opens again', async () => {
    const globexId = await seedGlobex();
    const acmeId = await seedAcme();
    const first = openPopup();
    expect(await screen.findByText('0 of 6 done')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Update your resume' }));
    expect(await screen.findByText('1 of 6 done')).toBeTruthy();
    first.unmount();

    openPopup();
    await title('Product Designer at Acme');
    const box = screen.getByRole('checkbox', { name: 'Update your resume' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByText('1 of 6 done')).toBeTruthy();
    expect((await background.rejections.get(acmeId))?.checklist.filter((step) => step.done)).toEqual([
      { id: 'resume', done: true },
    ]);
    expect((await background.rejections.get(globexId))?.checklist.some((step) => step.done)).toBe(false);
  });

  it('shows another saved win at each opening and keeps the same one while open', async () => {
    await seedAcme();
    const shipped = (await send('addWin', { text: 'Shipped the redesign' })).id;
    await send('addWin', { text: 'Mentored two new teammates' });

    const first = openPopup();
    expect(await screen.findByText('Shipped the redesign')).toBeTruthy();
    await waitFor(async () => expect((await background.wins.get(shipped))?.lastShownAt).toBeGreaterThan(0));
    // The live list has changed under it; the reminder stays put.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('Shipped the redesign')).toBeTruthy();
    expect(screen.queryByText('Mentored two new teammates')).toBeNull();
    expect(record.sent.filter((message) => message.type === 'markWinShown')).toHaveLength(1);
    first.unmount();

    openPopup();
    expect(await screen.findByText('Mentored two new teammates')).toBeTruthy();
    expect(screen.queryByText('Shipped the redesign')).toBeNull();
  });

  it('shows a win saved elsewhere while the popup is open, if it had none to show', async () => {
    await seedAcme();
    openPopup();
    expect(await screen.findByText(/Add something you're proud of/)).toBeTruthy();

    const { id } = await send('addWin', { text: 'Spoke at a meetup' });
    expect(await screen.findByText('Spoke at a meetup')).toBeTruthy();
    await waitFor(async () => expect((await background.wins.get(id))?.lastShownAt).toBeGreaterThan(0));
  });

  it('invites a first win, then saves and shows a new one', async () => {
    await seedAcme();
    openPopup();
    expect(await screen.findByText(/Add something you're proud of/)).toBeTruthy();

    fireEvent.input(screen.getByLabelText('A win to remember'), {
      target: { value: '  Finished the course  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save win' }));

    expect(await screen.findByText('Saved. Good to remember.')).toBeTruthy();
    expect(await screen.findByText('Finished the course')).toBeTruthy();
    expect(screen.queryByText(/Add something you're proud of/)).toBeNull();
    expect((screen.getByLabelText('A win to remember') as HTMLInputElement).value).toBe('');
    expect((await background.wins.toArray()).map((win) => win.text)).toEqual(['Finished the course']);
  });

  it('shows a kind empty state with a way to log a rejection', async () => {
    openPopup();
    await title("Nothing here yet, and that's fine.");
    expect(screen.getByText(/When a rejection lands in Gmail/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Log a rejection' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('asks for the company before logging, then opens the plan on the logged rejection', async () => {
    openPopup();
    await title("Nothing here yet, and that's fine.");
    const company = screen.getByLabelText('Company') as HTMLInputElement;

    fireEvent.input(screen.getByLabelText('Role (optional)'), { target: { value: 'QA Lead' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    expect((await screen.findByRole('alert')).textContent).toBe("Please add the company's name.");
    expect(company.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(company);
    expect(record.sent.some((message) => message.type === 'logManualRejection')).toBe(false);

    fireEvent.input(company, { target: { value: ' Initech ' } });
    fireEvent.input(screen.getByLabelText('Note (optional)'), { target: { value: 'Told by phone' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));

    await title('QA Lead at Initech');
    expect(screen.getByText('Told by phone')).toBeTruthy();
    const [logged] = await background.rejections.toArray();
    expect(logged).toMatchObject({
      source: 'manual',
      company: 'Initech',
      role: 'QA Lead',
      note: 'Told by phone',
    });
  });

  it('logs a rejection from the header and opens the plan on it', async () => {
    await seedAcme();
    openPopup();
    await title('Product Designer at Acme');
    const toggle = screen.getByRole('button', { name: 'Log a rejection' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const company = screen.getByLabelText('Company');
    expect(document.activeElement).toBe(company);
    fireEvent.input(company, { target: { value: 'Hooli' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));

    await title('Hooli');
    expect(screen.queryByLabelText('Company')).toBeNull();
    expect(feedbackField().value).toContain('the role at Hooli');
  });

  it('removes a false alarm, says so and moves on to the next one', async () => {
    const globexId = await seedGlobex();
    await seedAcme();
    openPopup();
    await title('Product Designer at Acme');
    const badgeRefreshesBefore = record.badgeRefreshes;

    fireEvent.click(screen.getByRole('button', { name: 'Not a rejection' }));
    const dialog = screen.getByRole('dialog', { name: 'Not a rejection?' });
    expect(dialog.textContent).toContain("mail like it from this sender won't be flagged again");
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, remove it' }));
    expect(await screen.findByText('Removed. Sorry for the false alarm.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    await title('Analyst at Globex');
    expect((await background.rejections.toArray()).map((rejection) => rejection.id)).toEqual([globexId]);
    expect(await background.dismissals.get('gmail:acme')).toBeTruthy();
    expect(record.badgeRefreshes).toBeGreaterThan(badgeRefreshesBefore);
    // The switcher follows the live list, which may catch up a moment after the plan has moved on.
    await waitFor(() => expect(screen.queryByLabelText('Rejection')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Not a rejection' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await title("Nothing here yet, and that's fine.");
    expect(await background.rejections.count()).toBe(0);
  });

  it('keeps the rejection, and learns nothing, when the user says no', async () => {
    const acmeId = await seedAcme();
    openPopup();
    await title('Product Designer at Acme');

    fireEvent.click(screen.getByRole('button', { name: 'Not a rejection' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Product Designer at Acme');
    expect(record.sent.some((message) => message.type === 'dismissRejection')).toBe(false);
    expect((await background.rejections.get(acmeId))?.key).toBe('gmail:acme');
    expect(await background.dismissals.count()).toBe(0);
    expect(await background.corrections.count()).toBe(0);
  });

  it('offers to delete a rejection logged by hand, saying plainly that nothing is learned', async () => {
    const { id } = await send('logManualRejection', { company: 'Initech', role: 'QA Lead' });
    openPopup(id);
    await title('QA Lead at Initech');
    expect(screen.queryByRole('button', { name: 'Not a rejection' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this rejection?' });
    expect(dialog.textContent).toContain('You logged it yourself, so nothing else changes.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Deleted.')).toBeTruthy();
    await title("Nothing here yet, and that's fine.");
    expect(await background.rejections.count()).toBe(0);
    expect(await background.dismissals.count()).toBe(0);
    expect(await background.corrections.count()).toBe(0);
  });
});
