// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '@/messaging/send';
import { ComebackDb } from '@/storage/db';
import { preferences, readPreferences } from '@/storage/preferences';
import type { Rejection } from '@/storage/types';
import { connectBackground } from '@/tests/unit/connect-background';
import { NextChecklist } from './NextChecklist';
import { ReachOutNote } from './ReachOutNote';

let background: ComebackDb;
let popupDb: ComebackDb;

beforeEach(() => {
  const name = `reach-out-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  popupDb = new ComebackDb(name);
  connectBackground(background);
});

afterEach(async () => {
  cleanup();
  popupDb.close();
  await background.delete();
});

async function rejection(fields: { source: 'gmail' | 'manual'; role?: string }): Promise<Rejection> {
  let id: number;
  if (fields.source === 'manual') {
    id = (await send('logManualRejection', { company: 'Acme', role: fields.role })).id;
  } else {
    const outcome = await send('reportRejection', {
      key: 'gmail:acme',
      source: 'gmail',
      company: 'Acme',
      role: fields.role,
      excerpt: '',
      score: 0.9,
      reasons: [],
      receivedAt: 1000,
      url: 'https://mail.google.com/mail/u/2/#inbox/acme',
    });
    id = 'id' in outcome ? outcome.id : -1;
  }
  const stored = await background.rejections.get(id);
  if (!stored) throw new Error('not stored');
  return stored;
}

describe('the reach-out note', () => {
  it('sits with the checklist’s "reach out" step only', async () => {
    render(<NextChecklist db={popupDb} rejection={await rejection({ source: 'manual' })} locale="en-US" />);
    const button = await screen.findByRole('button', { name: 'Copy a note for a past coworker' });
    expect(button.closest('li')?.textContent).toContain('Reach out to a past coworker or a mentor');
    expect(screen.getAllByRole('button', { name: 'Copy a note for a past coworker' })).toHaveLength(1);
  });

  it('copies a note naming the role looked for, signed with the user’s name', async () => {
    await preferences.setValue({ ...(await readPreferences()), userName: 'Alex' });
    const writes: string[] = [];
    const clipboard = { writeText: async (text: string) => void writes.push(text) };
    render(
      <ReachOutNote
        db={popupDb}
        rejection={await rejection({ source: 'manual', role: 'Analyst' })}
        clipboard={clipboard}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Copy a note for a past coworker' }));
    expect(await screen.findByText('Copied. Paste it into a message to them.')).toBeTruthy();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toContain("I'm looking for my next Analyst role, and I thought of you.");
    expect(writes[0]).toMatch(/Thanks,\nAlex$/);
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const clipboard = { writeText: async () => Promise.reject(new Error('denied')) };
    render(
      <ReachOutNote db={popupDb} rejection={await rejection({ source: 'manual' })} clipboard={clipboard} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Copy a note for a past coworker' }));
    expect(await screen.findByText("Couldn't copy. Select the text and copy it by hand.")).toBeTruthy();
  });

  it('opens in Gmail for a Gmail user, in the account and the user’s own saved wording', async () => {
    await send('saveTemplate', {
      kind: 'reachOut',
      subject: 'Coffee?',
      body: 'Hi! Still after {role} work.',
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<ReachOutNote db={popupDb} rejection={await rejection({ source: 'gmail', role: 'Analyst' })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write in Gmail' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const url = new URL(create.mock.calls[0]?.[0].url ?? '');
    expect(url.pathname).toBe('/mail/u/2/');
    expect(url.searchParams.get('su')).toBe('Coffee?');
    expect(url.searchParams.get('body')).toBe('Hi! Still after Analyst work.');
    expect(url.searchParams.has('to')).toBe(false);
  });

  it('opens the mail app for anyone else', async () => {
    render(<ReachOutNote db={popupDb} rejection={await rejection({ source: 'manual' })} />);
    const link = await screen.findByRole('link', { name: 'Open in my mail app' });
    expect(link.getAttribute('href')).toMatch(
      /^mailto:\?subject=It's%20been%20a%20while&body=Hi%2C%0D%0A%0D%0A/,
    );
  });
});
