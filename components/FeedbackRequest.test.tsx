// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultChecklist } from '@/storage/defaults';
import type { Rejection } from '@/storage/types';
import { FeedbackRequest } from './FeedbackRequest';

afterEach(cleanup);

function rejection(fields: Partial<Rejection>): Rejection {
  return {
    id: 1,
    key: 'gmail:m1',
    source: 'gmail',
    company: 'Acme',
    role: 'Product Designer',
    recruiterName: 'Jane Doe',
    excerpt: '',
    score: 0.9,
    reasons: [],
    receivedAt: 0,
    loggedAt: 0,
    viewed: 1,
    checklist: defaultChecklist(),
    ...fields,
  };
}

const field = () => screen.getByLabelText('Your feedback request (you can edit it)') as HTMLTextAreaElement;

function edit(text: string) {
  fireEvent.input(field(), { target: { value: text } });
}

describe('FeedbackRequest', () => {
  it('copies the edited request and says so', async () => {
    render(<FeedbackRequest rejection={rejection({})} />);
    edit('Hi Jane,\n\nThanks a lot.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));

    expect((await screen.findByRole('status')).textContent).toBe('Copied');
    expect(await navigator.clipboard.readText()).toBe('Hi Jane,\n\nThanks a lot.');
  });

  it('explains what to do when copying fails', async () => {
    const clipboard = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    render(<FeedbackRequest rejection={rejection({})} clipboard={clipboard} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByText("Couldn't copy. Select the text and copy it by hand.")).toBeTruthy();
  });

  it('opens Gmail compose with the recruiter, the subject and the edited body for a Gmail rejection', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<FeedbackRequest rejection={rejection({ recruiterEmail: 'jane@acme.com' })} />);
    edit('Hi Jane, could we talk?');
    fireEvent.click(screen.getByRole('button', { name: 'Reply in Gmail' }));

    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const url = new URL(create.mock.calls[0]?.[0]?.url ?? '');
    expect(url.host).toBe('mail.google.com');
    expect(url.searchParams.get('to')).toBe('jane@acme.com');
    expect(url.searchParams.get('su')).toBe('Thank you, and a quick question about Product Designer');
    expect(url.searchParams.get('body')).toBe('Hi Jane, could we talk?');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('offers the mail app when the rejection came another way and an address is known', () => {
    render(<FeedbackRequest rejection={rejection({ source: 'manual', recruiterEmail: 'jane@acme.com' })} />);
    edit('Hello');
    const link = screen.getByRole('link', { name: 'Open in my mail app' });
    expect(link.getAttribute('href')).toBe(
      `mailto:jane@acme.com?subject=${encodeURIComponent('Thank you, and a quick question about Product Designer')}&body=Hello`,
    );
    expect(screen.queryByRole('button', { name: 'Reply in Gmail' })).toBeNull();
  });

  it('offers only Copy when there is no address to write to', () => {
    render(<FeedbackRequest rejection={rejection({ source: 'manual' })} />);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Copy']);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
