import { describe, expect, it } from 'vitest';
import { englishMessage } from '@/tests/setup/unit';
import {
  EDITABLE_TEMPLATES,
  FEEDBACK_TEMPLATES,
  fillTemplate,
  PLACEHOLDER_DOCS,
  PLACEHOLDERS,
  templateText,
} from './templates';
import type { Translate } from './translate';

const t = englishMessage as Translate;
const fill = (body: string, values = {}) => fillTemplate({ subject: '', body }, values, t).body;

describe('fillTemplate', () => {
  it('fills every placeholder it knows', () => {
    expect(
      fill('{recruiter}, {company}, {role}, {me}', {
        recruiter: 'Jane',
        company: 'Acme',
        role: 'Designer',
        me: 'Alex',
      }),
    ).toBe('Jane, Acme, Designer, Alex');
  });

  it('puts plain words in for an unknown placeholder outside brackets, and drops an unknown name', () => {
    expect(fill('Hi {recruiter}, thanks for the news about {role} at {company}.')).toBe(
      'Hi there, thanks for the news about the role at your team.',
    );
    expect(fill('Best,\n{me}')).toBe('Best,');
  });

  it('takes the first choice in square brackets whose details are all known', () => {
    const text = 'About [the {role} role at {company}|the {role} role|your decision].';
    expect(fill(text, { role: 'Designer', company: 'Acme' })).toBe('About the Designer role at Acme.');
    expect(fill(text, { role: 'Designer' })).toBe('About the Designer role.');
    expect(fill(text, { company: 'Acme' })).toBe('About your decision.');
  });

  it('leaves a bracket out when nothing in it can be filled, tidying the spaces around it', () => {
    expect(fill('Thank you[ for the {role} role] [at {company}], really.', {})).toBe('Thank you, really.');
    expect(fill('Thanks[ {recruiter}]!\n\n\n\nBye', {})).toBe('Thanks!\n\nBye');
  });

  it('counts a blank detail as unknown', () => {
    expect(fill('[Hi {recruiter},|Hello,]', { recruiter: '  ' })).toBe('Hello,');
  });

  it('keeps words in brackets without placeholders, and a name that is no placeholder as typed', () => {
    expect(fill('[Kind regards] from {nobody}')).toBe('Kind regards from {nobody}');
  });

  it('keeps the subject on one line', () => {
    expect(fillTemplate({ subject: 'Hello\n{role}', body: '' }, { role: 'Designer' }, t).subject).toBe(
      'Hello Designer',
    );
  });
});

describe('templateText', () => {
  const [short] = FEEDBACK_TEMPLATES;
  if (!short) throw new Error('no templates');

  it('uses the built-in wording until the user saves their own', () => {
    expect(templateText(short, [], t)).toEqual({
      subject: englishMessage('templateSubject_feedbackShort'),
      body: englishMessage('templateBody_feedbackShort'),
      edited: false,
    });
    const own = { id: short.kind, subject: 'Quick one', body: 'Hi {recruiter}', updatedAt: 1 };
    const other = { id: 'feedbackWarm' as const, subject: 'Other', body: 'Other', updatedAt: 1 };
    expect(templateText(short, [other, own], t)).toEqual({
      subject: 'Quick one',
      body: 'Hi {recruiter}',
      edited: true,
    });
  });

  it('has wording, a label and a description for every template and placeholder', () => {
    for (const info of EDITABLE_TEMPLATES) {
      for (const key of [info.label, info.subject, info.body]) expect(englishMessage(key), key).not.toBe('');
    }
    for (const name of PLACEHOLDERS) expect(englishMessage(PLACEHOLDER_DOCS[name])).not.toBe('');
    expect(new Set(EDITABLE_TEMPLATES.map((info) => info.kind)).size).toBe(EDITABLE_TEMPLATES.length);
  });
});
