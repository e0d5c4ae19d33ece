// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { render as renderNow } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RejectionReport } from '@/messaging/protocol';
import { ComebackDb } from '@/storage/db';
import { DEFAULT_PREFERENCES, preferences } from '@/storage/preferences';
import { addReported } from '@/storage/rejections';
import type { MessageTemplate } from '@/storage/types';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { FeedbackDraft, FeedbackRequest } from './FeedbackRequest';
import { useLiveQuery } from './use-live-query';

const DAY = 24 * 60 * 60 * 1000;

let db: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  db = new ComebackDb(`feedback-${crypto.randomUUID()}`);
  record = connectBackground(db);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

async function seed(fields: Partial<RejectionReport> = {}): Promise<number> {
  const outcome = await addReported(db, {
    key: `gmail:${crypto.randomUUID()}`,
    source: 'gmail',
    company: 'Acme',
    role: 'Product Designer',
    recruiterName: 'Jane Doe',
    excerpt: '',
    score: 0.9,
    reasons: [],
    receivedAt: 0,
    ...fields,
  });
  if (outcome.status !== 'added') throw new Error(outcome.status);
  return outcome.id;
}

/** The request as the popup shows it: for the rejection as stored right now. */
function LiveRequest({ id, clipboard }: { id: number; clipboard?: Pick<Clipboard, 'writeText'> }) {
  const rejection = useLiveQuery(() => db.rejections.get(id), [id]);
  if (rejection.status !== 'ready' || !rejection.value) return null;
  return <FeedbackRequest db={db} rejection={rejection.value} locale="en-US" clipboard={clipboard} />;
}

async function open(fields: Partial<RejectionReport> = {}, clipboard?: Pick<Clipboard, 'writeText'>) {
  const id = await seed(fields);
  render(<LiveRequest id={id} clipboard={clipboard} />);
  await screen.findByRole('heading', { name: 'Ask for feedback' });
  return id;
}

const body = () => screen.getByLabelText('Your feedback request (you can edit it)') as HTMLTextAreaElement;
const subject = () => screen.getByLabelText('Subject') as HTMLInputElement;
const templatePicker = () => screen.getByLabelText('Template') as HTMLSelectElement;
const edit = (text: string) => fireEvent.input(body(), { target: { value: text } });
const asked = () => record.sent.filter((message) => message.type === 'markFeedbackAsked');

describe('the feedback request', () => {
  it('starts from the warm template, filled in for this rejection', async () => {
    await open();
    expect(templatePicker().value).toBe('feedbackWarm');
    expect([...templatePicker().options].map((option) => option.text)).toEqual([
      'Short',
      'Warm',
      'After an interview',
      'After a final round',
    ]);
    expect(subject().value).toBe('Thank you, and a quick question about Product Designer');
    expect(body().value).toMatch(
      /^Hi Jane,\n\nThank you for letting me know about the Product Designer role at Acme,/,
    );
  });

  it('switches to the chosen template, starting the draft over', async () => {
    await open({ company: undefined, recruiterName: 'careers@acme.com' });
    edit('Half-written');
    fireEvent.change(templatePicker(), { target: { value: 'feedbackAfterInterview' } });
    expect(subject().value).toBe('Thank you for the interview for Product Designer');
    expect(body().value).toMatch(
      /^Hello,\n\nThank you for letting me know, and for the time you spent interviewing me for the Product Designer role\./,
    );
  });

  it("uses the user's own template and name, and follows a template changed meanwhile until edited", async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, userName: 'Alex Kim' });
    await db.templates.put({
      id: 'feedbackWarm',
      subject: 'About {role}',
      body: 'Dear {recruiter},\n\n{me}',
      updatedAt: 1,
    });
    await open();
    await waitFor(() => expect(body().value).toBe('Dear Jane,\n\nAlex Kim'));
    expect(subject().value).toBe('About Product Designer');

    await db.templates.put({ id: 'feedbackWarm', subject: 'Hi', body: 'Hello {company}', updatedAt: 2 });
    await waitFor(() => expect(body().value).toBe('Hello Acme'));
    edit('My own words');
    await db.templates.put({ id: 'feedbackWarm', subject: 'Hi', body: 'Changed again', updatedAt: 3 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(body().value).toBe('My own words');
  });

  it("keeps the template chosen just as the user's own templates arrive", async () => {
    const rejection = await db.rejections.get(await seed());
    if (!rejection) throw new Error('not stored');
    const mine: MessageTemplate[] = [
      { id: 'feedbackShort', subject: 'Mine: {role}', body: 'A short note to {company}', updatedAt: 1 },
    ];
    const draft = (saved: readonly MessageTemplate[]) => (
      <FeedbackDraft rejection={rejection} locale="en-US" saved={saved} userName="" />
    );
    const container = document.body.appendChild(document.createElement('div'));
    try {
      renderNow(draft([]), container);
      // Rendered at once, outside any test wrapper: the draft's effects wait for the next frame, as in the popup.
      await new Promise((resolve) => setTimeout(resolve, 50));
      renderNow(draft(mine), container);
      // Chosen before the frame in which the draft follows the templates just read.
      fireEvent.change(templatePicker(), { target: { value: 'feedbackShort' } });
      expect(subject().value).toBe('Mine: Product Designer');
      expect(body().value).toBe('A short note to Acme');
    } finally {
      renderNow(null, container);
      container.remove();
    }
  });

  it('copies the edited request, says so, and notes once that the user asked', async () => {
    const id = await open();
    edit('Hi Jane,\n\nThanks a lot.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));

    expect((await screen.findByRole('status')).textContent).toBe('Copied');
    expect(await navigator.clipboard.readText()).toBe('Hi Jane,\n\nThanks a lot.');
    await screen.findByText(/^You asked on /);
    expect((await db.rejections.get(id))?.feedback).toMatchObject({ templateId: 'feedbackWarm' });

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied');
    expect(asked()).toHaveLength(1);
  });

  it('explains what to do when copying fails, and notes nothing', async () => {
    const clipboard = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    await open({}, clipboard);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByText("Couldn't copy. Select the text and copy it by hand.")).toBeTruthy();
    expect(asked()).toEqual([]);
  });

  it('opens Gmail compose with the recruiter, the subject and the edited body for a Gmail rejection', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await open({
      recruiterEmail: 'jane@acme.com',
      url: 'https://mail.google.com/mail/u/1/#all/18e0f4c2a61b7d35',
    });
    fireEvent.input(subject(), { target: { value: 'A question' } });
    edit('Hi Jane, could we talk?');
    fireEvent.click(screen.getByRole('button', { name: 'Reply in Gmail' }));

    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const url = new URL(create.mock.calls[0]?.[0]?.url ?? '');
    expect(`${url.host}${url.pathname}`).toBe('mail.google.com/mail/u/1/');
    expect(url.searchParams.get('to')).toBe('jane@acme.com');
    expect(url.searchParams.get('su')).toBe('A question');
    expect(url.searchParams.get('body')).toBe('Hi Jane, could we talk?');
    expect(screen.queryByRole('link')).toBeNull();
    await waitFor(() => expect(asked()).toHaveLength(1));
  });

  it('offers the mail app when the rejection came another way and an address is known', async () => {
    await open({ source: 'manual', recruiterEmail: 'jane@acme.com' });
    edit('Hello');
    const link = screen.getByRole('link', { name: 'Open in my mail app' });
    expect(link.getAttribute('href')).toBe(
      `mailto:jane@acme.com?subject=${encodeURIComponent('Thank you, and a quick question about Product Designer')}&body=Hello`,
    );
    expect(screen.queryByRole('button', { name: 'Reply in Gmail' })).toBeNull();
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    await waitFor(() => expect(asked()).toHaveLength(1));
  });

  it('offers the mail app with no recipient for a rejection logged by hand without an address', async () => {
    await open({ source: 'manual' });
    edit('Hello');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Copy', 'I asked']);
    const link = screen.getByRole('link', { name: 'Open in my mail app' });
    expect(link.getAttribute('href')).toBe(
      `mailto:?subject=${encodeURIComponent('Thank you, and a quick question about Product Designer')}&body=Hello`,
    );
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    await waitFor(() => expect(asked()).toHaveLength(1));
  });

  it('opens a request asked before on the template it was asked with', async () => {
    const id = await seed();
    await db.rejections.update(id, { feedback: { askedAt: 1, templateId: 'feedbackFinalRound' } });
    render(<LiveRequest id={id} />);
    await waitFor(() => expect(templatePicker().value).toBe('feedbackFinalRound'));
    expect(body().value).toContain('Reaching the final round at Acme');
  });
});

describe('the feedback story', () => {
  it('notes an ask made another way, plans one reminder, and drops it on request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 12, 9));
    try {
      const id = await open();
      fireEvent.click(screen.getByRole('button', { name: 'I asked' }));
      await screen.findByText('You asked on Mar 12, 2025. That takes courage.');
      expect(screen.getByText("If no answer comes, we'll remind you once on Mar 19, 2025.")).toBeTruthy();
      await waitFor(async () =>
        expect((await fakeBrowser.alarms.get(`comeback-follow-up:${id}`))?.scheduledTime).toBe(
          new Date(2025, 2, 19, 9).getTime(),
        ),
      );

      fireEvent.click(screen.getByRole('button', { name: 'No reminder, thanks' }));
      await waitFor(() => expect(screen.queryByText(/we'll remind you/)).toBeNull());
      await waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
    } finally {
      vi.useRealTimers();
    }
  });

  it('records when the reply came and what it said, and lets the user edit it', async () => {
    const id = await open();
    await db.rejections.update(id, {
      feedback: { askedAt: Date.now() - 3 * DAY, followUpDueAt: Date.now() + DAY },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'They replied' }));

    const day = screen.getByLabelText('When it came') as HTMLInputElement;
    expect(day.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    fireEvent.input(day, { target: { value: '2025-03-14' } });
    fireEvent.input(screen.getByLabelText('What they said (optional)'), {
      target: { value: 'Strong portfolio; we hired someone with more research depth.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save reply' }));

    await screen.findByText('Reply on Mar 14, 2025');
    expect(screen.getByText('Strong portfolio; we hired someone with more research depth.')).toBeTruthy();
    expect(screen.queryByText(/we'll remind you/)).toBeNull();
    expect((await db.rejections.get(id))?.feedback).toMatchObject({
      repliedAt: new Date(2025, 2, 14).getTime(),
      reply: 'Strong portfolio; we hired someone with more research depth.',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Edit reply' }));
    expect((screen.getByLabelText('When it came') as HTMLInputElement).value).toBe('2025-03-14');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Reply on Mar 14, 2025')).toBeTruthy();
  });
});
