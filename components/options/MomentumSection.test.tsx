// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { send } from '@/messaging/send';
import { ComebackDb } from '@/storage/db';
import { readPreferences } from '@/storage/preferences';
import { connectBackground } from '@/tests/unit/connect-background';
import { MomentumSection } from './MomentumSection';

const DAY = 24 * 60 * 60 * 1000;

let background: ComebackDb;
let pageDb: ComebackDb;

beforeEach(() => {
  const name = `momentum-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  pageDb = new ComebackDb(name);
  connectBackground(background);
});

afterEach(async () => {
  cleanup();
  pageDb.close();
  await background.delete();
});

const stepLabels = () =>
  [...document.querySelectorAll('.cb-steps-editor .cb-step-label')].map((label) => label.textContent);
const row = (label: string) => {
  const item = screen.getByText(label, { selector: '.cb-step-label' }).closest('li');
  if (!item) throw new Error(`no step "${label}"`);
  return within(item);
};
const storedSteps = async () => (await readPreferences()).checklistSteps;

async function openSection() {
  render(<MomentumSection db={pageDb} locale="en-US" />);
  await screen.findByRole('heading', { name: 'Your default checklist' });
}

describe('the Momentum section, figures', () => {
  it('starts kindly with no data', async () => {
    await openSection();
    await screen.findByText('Rejections this month');
    expect(screen.getByText('Rejections this month').nextElementSibling?.textContent).toBe('0');
    expect(screen.getByText('Last application').nextElementSibling?.textContent).toBe('Not yet');
    expect(screen.getByText('Typical bounce-back').nextElementSibling?.textContent).toBe('Not yet');
  });

  it('counts this month’s rejections, the last application and the bounce-back, live', async () => {
    const now = Date.now();
    const { id } = await send('logManualRejection', { company: 'Initech' });
    await openSection();
    await waitFor(() =>
      expect(screen.getByText('Rejections this month').nextElementSibling?.textContent).toBe('1'),
    );
    await send('logApplication', { company: 'Hooli', appliedAt: now + 3 * DAY, afterRejectionId: id });
    await waitFor(() =>
      expect(screen.getByText('Typical bounce-back').nextElementSibling?.textContent).toBe('3 days'),
    );
    expect(screen.getByText('Last application').nextElementSibling?.textContent).toBe('today');
  });
});

describe('the Momentum section, default checklist', () => {
  it('lists the six default steps and moves one, keeping the focus on its button', async () => {
    await openSection();
    expect(stepLabels()).toEqual([
      'Update your resume',
      'Adjust your cover letter',
      'Learn a skill you were missing',
      'Reach out to a past coworker or a mentor',
      'Join a community in your field',
      'Reflect honestly: were you prepared, did your answers fit what the job needed?',
    ]);
    expect(
      (row('Update your resume').getByRole('button', { name: 'Move up' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    const down = row('Update your resume').getByRole('button', { name: 'Move down' });
    down.focus();
    fireEvent.click(down);
    await waitFor(() => expect(stepLabels()[1]).toBe('Update your resume'));
    expect((await storedSteps()).map((step) => step.id).slice(0, 2)).toEqual(['coverLetter', 'resume']);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        row('Update your resume').getByRole('button', { name: 'Move down' }),
      ),
    );
    expect(screen.getByText('Saved. New rejections start with these steps.')).toBeTruthy();
  });

  it('renames a step, and goes back to the default wording when emptied', async () => {
    await openSection();
    fireEvent.click(row('Update your resume').getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('Step wording') as HTMLInputElement;
    expect(field.value).toBe('Update your resume');
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: 'Polish my CV' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stepLabels()[0]).toBe('Polish my CV'));
    expect((await storedSteps())[0]).toEqual({ id: 'resume', text: 'Polish my CV' });
    await waitFor(() =>
      expect(document.activeElement).toBe(row('Polish my CV').getByRole('button', { name: 'Rename' })),
    );

    fireEvent.click(row('Polish my CV').getByRole('button', { name: 'Rename' }));
    fireEvent.input(screen.getByLabelText('Step wording'), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stepLabels()[0]).toBe('Update your resume'));
    expect((await storedSteps())[0]).toEqual({ id: 'resume' });
  });

  it('keeps following the built-in wording when a rename is saved unchanged', async () => {
    await openSection();
    fireEvent.click(row('Update your resume').getByRole('button', { name: 'Rename' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByLabelText('Step wording')).toBeNull());
    expect((await storedSteps())[0]).toEqual({ id: 'resume' });
  });

  it('adds a step of the user’s own, removes one with Undo, and goes back to the defaults with Undo', async () => {
    await openSection();
    fireEvent.input(screen.getByLabelText('Add your own step'), { target: { value: 'Call Sam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add step' }));
    await waitFor(() => expect(stepLabels().at(-1)).toBe('Call Sam'));
    expect((await storedSteps()).at(-1)).toMatchObject({
      id: expect.stringMatching(/^own-/),
      text: 'Call Sam',
    });
    await waitFor(() =>
      expect((screen.getByLabelText('Add your own step') as HTMLInputElement).value).toBe(''),
    );

    fireEvent.click(row('Adjust your cover letter').getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(stepLabels()).not.toContain('Adjust your cover letter'));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(stepLabels()[1]).toBe('Adjust your cover letter'));
    expect(stepLabels()).toHaveLength(7);

    fireEvent.click(screen.getByRole('button', { name: 'Go back to the default steps' }));
    await waitFor(() => expect(stepLabels()).toHaveLength(6));
    expect(stepLabels()).not.toContain('Call Sam');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stepLabels().at(-1)).toBe('Call Sam'));
  });

  it('gives the next rejection logged by hand the edited steps, and leaves earlier ones as they were', async () => {
    const { id: before } = await send('logManualRejection', { company: 'Globex' });
    await openSection();
    fireEvent.click(row('Join a community in your field').getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(stepLabels()).toHaveLength(5));
    fireEvent.input(screen.getByLabelText('Add your own step'), { target: { value: 'Call Sam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add step' }));
    await waitFor(() => expect(stepLabels()).toHaveLength(6));

    const { id: after } = await send('logManualRejection', { company: 'Initech' });
    const ids = async (id: number) =>
      (await background.rejections.get(id))?.checklist.map((step) => step.text ?? step.id);
    expect(await ids(after)).toEqual([
      'resume',
      'coverLetter',
      'learnSkill',
      'reachOut',
      'reflect',
      'Call Sam',
    ]);
    expect(await ids(before)).toEqual([
      'resume',
      'coverLetter',
      'learnSkill',
      'reachOut',
      'community',
      'reflect',
    ]);
  });
});
