// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EDITABLE_TEMPLATES } from '@/plan/templates';
import { DEFAULT_PREFERENCES, preferences } from '@/storage/preferences';
import { englishMessage } from '@/tests/setup/unit';
import { connectBackground } from '@/tests/unit/connect-background';
import { OptionsPage } from './OptionsPage';
import { optionsDb } from './page-context';

const db = optionsDb();

beforeEach(() => {
  connectBackground(db);
});

afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
const preview = () => screen.getByRole('region', { name: 'Preview' });

async function openTemplates() {
  render(<OptionsPage initialSection="templates" />);
  await screen.findByRole('tabpanel', { name: 'Templates' });
  return screen.findByLabelText('Template');
}

describe('the options page, Templates section', () => {
  it("shows each template in Comeback's wording, its placeholders, and a preview filled with sample details", async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, userName: 'Alex Kim' });
    const picker = (await openTemplates()) as HTMLSelectElement;
    const listed = [...picker.options].map((option) => option.text);
    expect(listed).toEqual(EDITABLE_TEMPLATES.map((info) => englishMessage(info.label)));
    expect(listed.slice(0, 4)).toEqual(['Short', 'Warm', 'After an interview', 'After a final round']);
    expect(screen.getByText("Comeback's wording")).toBeTruthy();
    expect(field('Subject').value).toBe(englishMessage('templateSubject_feedbackShort'));
    expect(field('Message').value).toBe(englishMessage('templateBody_feedbackShort'));
    for (const name of ['{recruiter}', '{company}', '{role}', '{me}'])
      expect(screen.getByText(name)).toBeTruthy();
    expect(screen.getByText("the recruiter's first name")).toBeTruthy();

    await waitFor(() => expect(preview().textContent).toContain('Alex Kim'));
    expect(preview().textContent).toContain('A quick question about the Product Designer role');
    expect(preview().textContent).toContain(
      'Hi Sam,\n\nThank you for letting me know about the Product Designer role at Northwind.',
    );

    fireEvent.click(screen.getByLabelText('Preview with the recruiter, company and role unknown'));
    expect(preview().textContent).toContain('Hello,\n\nThank you for letting me know. Would you');
    expect(preview().textContent).not.toMatch(/Northwind|Sam|\{|\[/);

    fireEvent.change(picker, { target: { value: 'feedbackFinalRound' } });
    expect(field('Message').value).toBe(englishMessage('templateBody_feedbackFinalRound'));
  });

  it('saves an edited template, previews it live, and resets it to the original', async () => {
    await openTemplates();
    fireEvent.input(field('Subject'), { target: { value: 'Feedback on {role}?' } });
    fireEvent.input(field('Message'), {
      target: { value: '[Hey {recruiter}!|Hey!] Any tips from {company}?' },
    });
    expect(preview().textContent).toContain('Feedback on Product Designer?');
    expect(preview().textContent).toContain('Hey Sam! Any tips from Northwind?');
    expect(screen.queryByRole('button', { name: "Back to Comeback's wording" })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Saved. New messages use it from now on.')).toBeTruthy();
    expect(await db.templates.toArray()).toMatchObject([
      {
        id: 'feedbackShort',
        subject: 'Feedback on {role}?',
        body: '[Hey {recruiter}!|Hey!] Any tips from {company}?',
      },
    ]);
    expect(await screen.findByText('Your own wording')).toBeTruthy();
    expect(field('Message').value).toBe('[Hey {recruiter}!|Hey!] Any tips from {company}?');

    fireEvent.click(screen.getByRole('button', { name: "Back to Comeback's wording" }));
    expect(await screen.findByText("Back to Comeback's wording.")).toBeTruthy();
    await waitFor(() => expect(field('Message').value).toBe(englishMessage('templateBody_feedbackShort')));
    expect(await db.templates.count()).toBe(0);
  });

  it("fills the mentor's note preview with the saved mentor's first name, and greets plainly without one", async () => {
    const picker = (await openTemplates()) as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: 'mentor' } });
    await waitFor(() => expect(preview().textContent).toContain('Hi,\n\nA quick update'));

    await preferences.setValue({ ...DEFAULT_PREFERENCES, mentor: { name: 'Sam Rivera' } });
    await waitFor(() => expect(preview().textContent).toContain('Hi Sam,\n\nA quick update'));
    expect(preview().textContent).not.toMatch(/\{|\[/);
  });

  it('will not save a template without a message', async () => {
    await openTemplates();
    fireEvent.input(field('Message'), { target: { value: '   ' } });
    expect((screen.getByRole('button', { name: 'Save template' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
