// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComebackDb } from '@/storage/db';
import type { ChecklistStep, Rejection } from '@/storage/types';
import { NextChecklist } from './NextChecklist';

const db = new ComebackDb(`checklist-${crypto.randomUUID()}`);

afterEach(cleanup);

const withSteps = (checklist: ChecklistStep[]): Rejection => ({
  id: 7,
  key: 'gmail:acme',
  source: 'gmail',
  company: 'Acme',
  excerpt: '',
  score: 0.9,
  reasons: [],
  receivedAt: Date.UTC(2025, 2, 12),
  loggedAt: Date.UTC(2025, 2, 12),
  viewed: 1,
  checklist,
});
const unticked = () => withSteps([{ id: 'resume', done: false }]);
const ticked = () => withSteps([{ id: 'resume', done: true }]);

/** The background's answer to the next message, settled when the test says. */
function answerLater() {
  const answer: { resolve(): void; reject(): void } = { resolve: () => undefined, reject: () => undefined };
  fakeBrowser.runtime.sendMessage = (() =>
    new Promise<void>((resolve, reject) => {
      answer.resolve = resolve;
      answer.reject = () => reject(new Error('not saved'));
    })) as typeof fakeBrowser.runtime.sendMessage;
  return answer;
}

const box = () => screen.getByRole('checkbox', { name: 'Update your resume' }) as HTMLInputElement;
const show = (rejection: Rejection) => <NextChecklist db={db} rejection={rejection} locale="en-US" />;

describe('NextChecklist', () => {
  it('keeps a tick shown while it is saved, through re-renders from earlier reads', async () => {
    const answer = answerLater();
    const { rerender } = render(show(unticked()));

    fireEvent.click(box());
    rerender(show(unticked()));
    expect(box().checked).toBe(true);

    answer.resolve();
    rerender(show(ticked()));
    expect(box().checked).toBe(true);
    // Seen saved: from now on the box shows what is stored, an untick made elsewhere too.
    rerender(show(unticked()));
    expect(box().checked).toBe(false);
  });

  it('puts the box back and says so when the tick cannot be saved', async () => {
    const answer = answerLater();
    const { rerender } = render(show(unticked()));

    fireEvent.click(box());
    answer.reject();
    expect(
      await screen.findByText('Something went wrong, and nothing was lost. Please try again.'),
    ).toBeTruthy();
    expect(box().checked).toBe(false);
    rerender(show(unticked()));
    expect(box().checked).toBe(false);
  });
});
