// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dateFieldValue } from '@/plan/applied-date';
import { ComebackDb } from '@/storage/db';
import type { Application, Rejection } from '@/storage/types';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { JourneySection } from './JourneySection';

const DAY = 24 * 60 * 60 * 1000;
/** Local time, so the tests hold in every time zone. */
const at = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12).getTime();
const NOW = at(2025, 3, 20);

let background: ComebackDb;
let pageDb: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  const name = `journey-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  pageDb = new ComebackDb(name);
  record = connectBackground(background);
});

afterEach(async () => {
  cleanup();
  pageDb.close();
  await background.delete();
});

function rejection(
  fields: Partial<Rejection> & Pick<Rejection, 'key' | 'receivedAt'>,
): Omit<Rejection, 'id'> {
  return {
    source: 'gmail',
    excerpt: '',
    score: 0.9,
    reasons: [],
    loggedAt: fields.receivedAt,
    viewed: 1,
    checklist: [],
    ...fields,
  };
}

async function seed(rejections: Omit<Rejection, 'id'>[], applications: Omit<Application, 'id'>[]) {
  await background.rejections.bulkAdd(rejections as Rejection[]);
  await background.applications.bulkAdd(applications as Application[]);
}

const show = (now = NOW) => render(<JourneySection db={pageDb} locale="en-US" now={now} />);
const entryTexts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the journey', () => {
  it('starts with a kind word when there is nothing yet', async () => {
    show();
    expect(await screen.findByText(/Nothing on the road yet/)).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('lists every no and application newest first, by month, with company, role, date and source', async () => {
    await seed(
      [
        rejection({ key: 'gmail:1', company: 'Acme', role: 'Designer', receivedAt: at(2025, 3, 12) }),
        rejection({ key: 'mbox:2', source: 'mbox', company: 'Globex', receivedAt: at(2025, 2, 3) }),
      ],
      [{ company: 'Initech', role: 'Analyst', appliedAt: at(2025, 3, 14) }],
    );
    show();
    const march = (await screen.findByRole('heading', { level: 4, name: 'March 2025' })).parentElement;
    const february = screen.getByRole('heading', { level: 4, name: 'February 2025' }).parentElement;
    const months = screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(months).toEqual(['March 2025', 'February 2025']);
    expect(entryTexts(march as HTMLElement)).toEqual([
      'AppliedAnalyst at InitechMar 14, 2025 · Logged by youI got an offerEditDelete',
      'A noDesigner at AcmeMar 12, 2025 · Gmail',
    ]);
    expect(entryTexts(february as HTMLElement)).toEqual(['A noGlobexFeb 3, 2025 · From a mailbox export']);
  });

  it('charts the counts per month or per week, with the numbers in a table', async () => {
    await seed(
      [
        rejection({ key: 'gmail:1', receivedAt: at(2025, 3, 17) }),
        rejection({ key: 'gmail:2', receivedAt: at(2025, 3, 4) }),
        rejection({ key: 'gmail:3', receivedAt: at(2025, 1, 9) }),
      ],
      [{ company: 'Initech', appliedAt: at(2025, 3, 18) }],
    );
    show();
    const chart = await screen.findByRole('img', { name: /per month, over the last 12 months/ });
    expect(chart.querySelectorAll('rect')).toHaveLength(24);
    const rows = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent);
    expect(screen.getByRole('columnheader', { name: 'Month' })).toBeTruthy();
    expect(rows()).toHaveLength(12);
    expect(rows().slice(-3)).toEqual(['January 202510', 'February 202500', 'March 202521']);

    fireEvent.click(screen.getByRole('button', { name: 'Per week' }));
    expect(screen.getByRole('button', { name: 'Per week' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Per month' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('img', { name: /per week, over the last 12 weeks/ })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Week of' })).toBeTruthy();
    // 20 March 2025 is a Thursday: its week starts on Monday the 17th.
    expect(rows().slice(-3)).toEqual(['Mar 3, 202510', 'Mar 10, 202500', 'Mar 17, 202511']);
  });

  it('marks an offer on the day the user gives, shows the road up to that day, and takes it back', async () => {
    const now = Date.now();
    await seed(
      [
        rejection({ key: 'gmail:1', company: 'Acme', receivedAt: now - 120 * DAY }),
        rejection({ key: 'gmail:2', company: 'Globex', receivedAt: now - 60 * DAY }),
        rejection({ key: 'gmail:3', company: 'Hooli', receivedAt: now - 10 * DAY }),
      ],
      [
        { company: 'Umbrella', appliedAt: now - 150 * DAY },
        { company: 'Initech', appliedAt: now - 90 * DAY },
        { company: 'Fabrikam', role: 'Analyst', appliedAt: now - 30 * DAY },
      ],
    );
    const fabrikam = async () =>
      (await background.applications.toArray()).find((each) => each.company === 'Fabrikam');
    show(now);
    const title = await screen.findByText('Analyst at Fabrikam');
    const entry = title.closest('li') as HTMLElement;
    const mark = within(entry).getByRole('button', { name: 'I got an offer' });
    expect(mark.getAttribute('aria-describedby')).toBe(title.id);
    fireEvent.click(mark);

    // The day of the offer starts on today; the user moves it back, before the latest no.
    const day = within(entry).getByLabelText('The day of the offer') as HTMLInputElement;
    expect(document.activeElement).toBe(day);
    expect(day.value).toBe(dateFieldValue(now));
    const offerDay = now - 20 * DAY;
    fireEvent.input(day, { target: { value: dateFieldValue(offerDay) } });
    fireEvent.click(within(entry).getByRole('button', { name: 'Save the offer' }));

    const heading = await screen.findByRole('heading', { level: 3, name: 'The yes: Analyst at Fabrikam' });
    const card = heading.closest('section') as HTMLElement;
    // The road counts up to that day: the no of 10 days ago came after it.
    expect(within(card).getByText("The road that led here: 2 no's, 3 applications, 4 months.")).toBeTruthy();
    expect(await screen.findByText(/Congratulations/)).toBeTruthy();
    const stored = await fabrikam();
    expect(dateFieldValue(stored?.offerAt ?? 0)).toBe(dateFieldValue(offerDay));
    expect(record.sent.filter((message) => message.type === 'setOffer')).toHaveLength(1);
    expect(within(entry).getByText('The yes')).toBeTruthy();

    fireEvent.click(within(entry).getByRole('button', { name: 'Not an offer after all' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /^The yes/ })).toBeNull());
    expect(await fabrikam()).not.toHaveProperty('offerAt');
  });

  it('counts a road of one in the singular', async () => {
    await seed(
      [rejection({ key: 'gmail:1', receivedAt: at(2025, 3, 1) })],
      [{ company: 'Acme', appliedAt: at(2025, 3, 3), offerAt: at(2025, 3, 11) }],
    );
    show();
    expect(await screen.findByText('The road that led here: 1 no, 1 application, 10 days.')).toBeTruthy();
    expect(screen.getByText('Offer on Mar 11, 2025')).toBeTruthy();
  });

  it('logs an application here, corrects it, and deletes it after asking', async () => {
    show(Date.now());
    fireEvent.click(await screen.findByRole('button', { name: 'Log an application' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Company'));
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: ' Contoso ' } });
    fireEvent.input(screen.getByLabelText('Role (optional)'), { target: { value: 'Designer' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2025-03-14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Designer at Contoso');
    const [logged] = await background.applications.toArray();
    expect(logged).toMatchObject({ company: 'Contoso', role: 'Designer', appliedAt: at(2025, 3, 14) });
    expect(logged).not.toHaveProperty('afterRejectionId');

    const entry = () => screen.getByText(/at Contoso$/).closest('li') as HTMLElement;
    fireEvent.click(within(entry()).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit: Designer at Contoso' });
    expect((within(form).getByLabelText('Date') as HTMLInputElement).value).toBe('2025-03-14');
    fireEvent.input(within(form).getByLabelText('Role (optional)'), { target: { value: 'Lead Designer' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Lead Designer at Contoso')).toBeTruthy();
    // The date was left alone, so the application keeps its moment.
    expect(await background.applications.get(logged?.id ?? -1)).toMatchObject({
      role: 'Lead Designer',
      appliedAt: at(2025, 3, 14),
    });

    fireEvent.click(within(entry()).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Lead Designer at Contoso?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(await background.applications.count()).toBe(1);
    fireEvent.click(within(entry()).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete it' }));
    await waitFor(() => expect(screen.queryByText('Lead Designer at Contoso')).toBeNull());
    expect(await background.applications.count()).toBe(0);
    expect(await screen.findByText('Deleted.')).toBeTruthy();
  });

  it('keeps the form open with what was typed when the company is cleared', async () => {
    await seed([], [{ company: 'Initech', appliedAt: at(2025, 3, 14) }]);
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText("Please add the company's name.")).toBeTruthy();
    expect(record.sent.some((message) => message.type === 'updateApplication')).toBe(false);
    expect((await background.applications.toArray())[0]?.company).toBe('Initech');
  });
});
