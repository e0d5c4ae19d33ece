import { describe, expect, it } from 'vitest';
import { englishMessage } from '@/tests/setup/unit';
import { composeUrl, mentorCallName, mentorNote, reachOutNote } from './notes';
import type { Translate } from './translate';

const t = englishMessage as Translate;
const ACME = { company: 'Acme', role: 'Product Designer' };

describe('the note to a past coworker', () => {
  it('names the role looked for and signs with the user’s name', () => {
    const note = reachOutNote(ACME, 'Alex', [], t);
    expect(note.subject).toBe("It's been a while");
    expect(note.body).toMatch(/^Hi,\n\nIt's been a while/);
    expect(note.body).toContain("I'm looking for my next Product Designer role, and I thought of you.");
    expect(note.body).toMatch(/Thanks,\nAlex$/);
    expect(note.body).not.toContain('Acme');
  });

  it('reads naturally with nothing known', () => {
    const note = reachOutNote({}, '', [], t);
    expect(note.body).toContain("I'm looking for my next role, and I thought of you.");
    expect(note.body).toMatch(/Thanks,$/);
    expect(note.body).not.toMatch(/[{}[\]]/);
  });

  it('uses the wording the user saved', () => {
    const saved = [
      {
        id: 'reachOut' as const,
        subject: 'Hello again',
        body: 'Hey! Still at it: {role}. {me}',
        updatedAt: 1,
      },
    ];
    expect(reachOutNote(ACME, 'Alex', saved, t)).toEqual({
      subject: 'Hello again',
      body: 'Hey! Still at it: Product Designer. Alex',
    });
  });
});

describe('the note to the mentor', () => {
  it('greets them by first name and says what happened', () => {
    const note = mentorNote(ACME, 'Alex', ' Sam   Lee ', [], t);
    expect(note.subject).toBe('A quick update from Alex');
    expect(note.body).toMatch(
      /^Hi Sam,\n\nA quick update: I heard back from Acme about the Product Designer role/,
    );
    expect(note.body).toMatch(/Thank you,\nAlex$/);
  });

  it('reads naturally with only the company, or nothing, known', () => {
    expect(mentorNote({ company: 'Acme' }, '', 'Sam', [], t).body).toContain('I heard back from Acme, and');
    const bare = mentorNote({}, '', 'Sam', [], t);
    expect(bare.subject).toBe('A quick update');
    expect(bare.body).toContain('I heard back about a role I applied for, and');
  });

  it('calls the mentor by first name, or by what they were saved as', () => {
    expect(mentorCallName('Dr. Priya Raman')).toBe('Priya');
    expect(mentorCallName('  my old  design team ')).toBe('my old design team');
  });
});

describe('composeUrl', () => {
  const draft = { to: 'sam@example.org', subject: 'Hi', body: 'One\ntwo' };
  it('opens Gmail for someone who reads their mail there, and the mail app otherwise', () => {
    expect(composeUrl(draft, true)).toMatch(
      /^https:\/\/mail\.google\.com\/mail\/\?view=cm&fs=1&to=sam%40example\.org&su=Hi&body=One%0Atwo$/,
    );
    expect(composeUrl(draft, false)).toBe('mailto:sam@example.org?subject=Hi&body=One%0D%0Atwo');
  });

  it('opens Gmail in the account the rejection was read in', () => {
    expect(composeUrl(draft, true, 'https://mail.google.com/mail/u/3/#inbox/abc')).toMatch(
      /^https:\/\/mail\.google\.com\/mail\/u\/3\/\?view=cm&/,
    );
  });
});
