// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from '@/storage/db';
import { addManual } from '@/storage/rejections';
import { connectBackground } from '@/tests/unit/connect-background';
import { NextChecklist } from './NextChecklist';
import { ReflectionForm } from './ReflectionForm';
import { useLiveQuery } from './use-live-query';

let db: ComebackDb;
let id: number;

beforeEach(async () => {
  db = new ComebackDb(`reflection-${crypto.randomUUID()}`);
  connectBackground(db);
  id = await addManual(db, { company: 'Northwind' });
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

function LiveReflection() {
  const rejection = useLiveQuery(() => db.rejections.get(id), []);
  if (rejection.status !== 'ready' || !rejection.value) return null;
  return <ReflectionForm rejection={rejection.value} />;
}

const skillField = () => screen.getByLabelText('A skill that was missing') as HTMLInputElement;
const chips = () => within(screen.getByRole('list', { name: 'Skills to learn' })).getAllByRole('listitem');

function addSkill(name: string, how: 'button' | 'Enter') {
  fireEvent.input(skillField(), { target: { value: name } });
  if (how === 'Enter') fireEvent.keyDown(skillField(), { key: 'Enter' });
  else fireEvent.click(screen.getByRole('button', { name: 'Add skill' }));
}

async function openForm() {
  render(<LiveReflection />);
  const summary = await screen.findByText('A short, honest look back');
  const details = summary.closest('details') as HTMLDetailsElement;
  expect(details.open).toBe(false);
  // Opened as a click on the summary does in a browser.
  details.open = true;
  return details;
}

describe('the reflection', () => {
  it('is saved with its ratings, skills and notes, and the skills join the list to learn', async () => {
    await openForm();
    const prepared = screen.getByRole('group', { name: 'Was I prepared?' });
    expect(
      within(prepared)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Not at all', 'A little', 'Partly', 'Mostly', 'Fully']);
    fireEvent.click(within(prepared).getByLabelText('Mostly'));
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Did my answers fit the job?' })).getByLabelText('Partly'),
    );
    fireEvent.click(
      within(screen.getByRole('group', { name: 'How was my energy?' })).getByLabelText('Drained'),
    );

    addSkill('SQL', 'button');
    addSkill('Public speaking', 'Enter');
    addSkill('sql', 'Enter');
    expect(chips().map((chip) => chip.textContent)).toEqual(['SQL×', 'Public speaking×']);
    fireEvent.input(skillField(), { target: { value: 'Figma' } });
    fireEvent.input(screen.getByLabelText('Notes (optional)'), {
      target: { value: 'I rushed the case study.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));

    expect(await screen.findByText('Saved. Looking back honestly is how you grow.')).toBeTruthy();
    expect((await db.rejections.get(id))?.reflection).toMatchObject({
      prepared: 4,
      answersFit: 3,
      energy: 1,
      missingSkills: ['SQL', 'Public speaking', 'Figma'],
      notes: 'I rushed the case study.',
    });
    expect((await db.skills.toArray()).map((skill) => skill.key).sort()).toEqual([
      'figma',
      'public speaking',
      'sql',
    ]);
    expect(chips()).toHaveLength(3);
    expect(skillField().value).toBe('');
  });

  it('removes a skill with its chip button, keeping the keyboard on the skill field', async () => {
    await db.rejections.update(id, {
      reflection: { missingSkills: ['SQL', 'Figma'], energy: 5, updatedAt: 1 },
    });
    await db.skills.bulkAdd([
      { key: 'sql', name: 'SQL', addedAt: 1 },
      { key: 'figma', name: 'Figma', addedAt: 1 },
    ]);
    await openForm();
    expect(
      (
        within(screen.getByRole('group', { name: 'How was my energy?' })).getByLabelText(
          'Great',
        ) as HTMLInputElement
      ).checked,
    ).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove SQL' }));
    expect(chips().map((chip) => chip.textContent)).toEqual(['Figma×']);
    expect(document.activeElement).toBe(skillField());
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));

    await waitFor(async () =>
      expect((await db.skills.toArray()).map((skill) => skill.name)).toEqual(['Figma']),
    );
  });
});

describe('the checklist', () => {
  it('links its "learn a skill" step to the skills to learn', async () => {
    const rejection = await db.rejections.get(id);
    if (!rejection) throw new Error('not seeded');
    render(<NextChecklist db={db} rejection={rejection} locale="en-US" />);
    const link = screen.getByRole('link', { name: 'Your skills to learn' }) as HTMLAnchorElement;
    expect(link.href).toBe('chrome-extension://test-extension-id/options.html#skills');
    expect(link.target).toBe('_blank');
    expect(link.closest('li')?.textContent).toContain('Learn a skill you were missing');
  });
});
