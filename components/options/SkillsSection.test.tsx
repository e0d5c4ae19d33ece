// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveReflection } from '@/storage/reflection';
import { addManual } from '@/storage/rejections';
import { connectBackground } from '@/tests/unit/connect-background';
import { OptionsPage } from './OptionsPage';
import { optionsDb } from './page-context';

const db = optionsDb();

beforeEach(() => {
  document.documentElement.lang = 'en-US';
  connectBackground(db);
});

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('the options page, Skills section', () => {
  it('says kindly that nothing is there yet', async () => {
    render(<OptionsPage initialSection="skills" />);
    expect(await screen.findByText(/Nothing here yet\. When a reflection names a skill/)).toBeTruthy();
  });

  it('lists the skills from reflections, live, and marks one learned and back', async () => {
    const id = await addManual(db, { company: 'Northwind' });
    await saveReflection(db, id, { missingSkills: ['SQL'] }, 1);
    render(<OptionsPage initialSection="skills" />);
    await screen.findByRole('checkbox', { name: 'SQL' });

    await saveReflection(db, id, { missingSkills: ['SQL', 'Public speaking'] }, 2);
    await screen.findByRole('checkbox', { name: 'Public speaking' });
    expect(
      screen.getAllByRole('checkbox').map((each) => each.getAttribute('id') && each.nextSibling?.textContent),
    ).toEqual(['SQL', 'Public speaking']);

    fireEvent.click(box('SQL'));
    expect(await screen.findByText(/^Learned on [A-Z][a-z]{2} \d{1,2}, \d{4}$/)).toBeTruthy();
    expect(box('SQL').checked).toBe(true);
    expect((await db.skills.get('sql'))?.learnedAt).toBeTypeOf('number');
    expect(screen.getAllByRole('checkbox').map((each) => each.nextSibling?.textContent)).toEqual([
      'Public speaking',
      'SQL',
    ]);

    fireEvent.click(box('SQL'));
    await waitFor(() => expect(screen.queryByText(/^Learned on/)).toBeNull());
    expect(box('SQL').checked).toBe(false);
  });
});
