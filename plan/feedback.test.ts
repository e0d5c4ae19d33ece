import { describe, expect, it } from 'vitest';
import { englishMessage } from '@/tests/setup/unit';
import { type FeedbackFacts, feedbackValues, firstName, gmailComposeUrl, mailtoUrl } from './feedback';
import { FEEDBACK_TEMPLATES, fillTemplate, type TemplateInfo, templateText } from './templates';
import type { Translate } from './translate';

const t = englishMessage as Translate;

describe('firstName', () => {
  it.each([
    ['Jane Doe', 'Jane'],
    ['Doe, Jane', 'Jane'],
    ['Dr. Jane Doe', 'Jane'],
    ['Ms Jane Doe', 'Jane'],
    ['Jane Doe, PhD', 'Jane'],
    ['Jane', 'Jane'],
    ['  "Jane   Doe"  ', 'Jane'],
    ['JANE DOE', 'Jane'],
    ['jane doe', 'Jane'],
    ['mary-jane watson', 'Mary-Jane'],
    ['DeShawn Smith', 'DeShawn'],
    ['J. Robert Smith', 'Robert'],
    ['Zoë Ångström', 'Zoë'],
    ['Jane Doe <jane@acme.com>', 'Jane'],
  ])('greets %j as %j', (fullName, expected) => {
    expect(firstName(fullName)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    '   ',
    'jane.doe@acme.com',
    '"jane@acme.com"',
    'Acme Talent Team',
    'Recruiting',
    'no-reply',
    'J.',
    'Dr.',
    'Agent 007',
  ])('finds no name to greet in %j', (fullName) => {
    expect(firstName(fullName)).toBeUndefined();
  });
});

const warm = FEEDBACK_TEMPLATES.find((info) => info.kind === 'feedbackWarm') as TemplateInfo;
const request = (info: TemplateInfo, facts: FeedbackFacts, userName = '') =>
  fillTemplate(templateText(info, [], t), feedbackValues(facts, userName), t);

describe('feedbackValues', () => {
  it('greets the recruiter by first name, tidies the rest, and signs with the user name', () => {
    expect(
      feedbackValues({ recruiterName: 'Doe, Jane', company: ' Acme  Corp ', role: '' }, ' Alex Kim '),
    ).toEqual({ recruiter: 'Jane', company: 'Acme Corp', role: undefined, me: 'Alex Kim' });
    expect(feedbackValues({ recruiterName: 'careers@acme.com' }, '')).toEqual({
      recruiter: undefined,
      company: undefined,
      role: undefined,
      me: undefined,
    });
  });
});

describe('the warm feedback request', () => {
  const cases: [FeedbackFacts, { greeting: string; thanks: string; subject: string }][] = [
    [
      { recruiterName: 'Jane Doe', role: 'Product Designer', company: 'Acme' },
      {
        greeting: 'Hi Jane,',
        thanks: 'Thank you for letting me know about the Product Designer role at Acme,',
        subject: 'Thank you, and a quick question about Product Designer',
      },
    ],
    [
      { recruiterName: 'Jane Doe', role: 'Product Designer' },
      {
        greeting: 'Hi Jane,',
        thanks: 'about the Product Designer role,',
        subject: 'Thank you, and a quick question about Product Designer',
      },
    ],
    [
      { recruiterName: 'Jane Doe', company: 'Acme' },
      { greeting: 'Hi Jane,', thanks: 'about the role at Acme,', subject: 'Thank you, and a quick question' },
    ],
    [
      { recruiterName: 'Jane Doe' },
      { greeting: 'Hi Jane,', thanks: 'about your decision,', subject: 'Thank you, and a quick question' },
    ],
    [
      { role: 'Product Designer', company: 'Acme' },
      {
        greeting: 'Hello,',
        thanks: 'about the Product Designer role at Acme,',
        subject: 'Thank you, and a quick question about Product Designer',
      },
    ],
    [
      { role: 'Product Designer' },
      {
        greeting: 'Hello,',
        thanks: 'about the Product Designer role,',
        subject: 'Thank you, and a quick question about Product Designer',
      },
    ],
    [
      { company: 'Acme' },
      { greeting: 'Hello,', thanks: 'about the role at Acme,', subject: 'Thank you, and a quick question' },
    ],
    [{}, { greeting: 'Hello,', thanks: 'about your decision,', subject: 'Thank you, and a quick question' }],
    [
      { recruiterName: 'careers@acme.com', role: '  ', company: ' Acme  Corp ' },
      {
        greeting: 'Hello,',
        thanks: 'about the role at Acme Corp,',
        subject: 'Thank you, and a quick question',
      },
    ],
  ];

  it.each(cases)('fills %j', (facts, expected) => {
    const { subject, body } = request(warm, facts);
    const paragraphs = body.split('\n\n');
    expect(subject).toBe(expected.subject);
    expect(paragraphs[0]).toBe(expected.greeting);
    expect(paragraphs[1]).toContain(expected.thanks);
    expect(paragraphs.at(-1)).toBe('Thank you again,');
    expect(body).not.toMatch(/\$|undefined| {2}|\s,/);
  });

  it('is signed with the user name when there is one', () => {
    expect(request(warm, {}, 'Alex Kim').body.endsWith('Thank you again,\nAlex Kim')).toBe(true);
  });
});

describe('every built-in feedback request', () => {
  const known: FeedbackFacts = { recruiterName: 'Jane Doe', role: 'Product Designer', company: 'Acme' };
  const fields = Object.keys(known) as (keyof FeedbackFacts)[];
  // Each of the 8 ways of knowing some of recruiter, role and company, with and without the user name.
  const combinations = Array.from({ length: 16 }, (_, mask) => ({
    facts: Object.fromEntries(
      fields.filter((_, bit) => mask & (1 << bit)).map((field) => [field, known[field]]),
    ),
    userName: mask & 8 ? 'Alex' : '',
  }));

  it.each(FEEDBACK_TEMPLATES.map((info) => [info.kind, info] as const))(
    '%s reads naturally whatever is unknown',
    (_, info) => {
      for (const { facts, userName } of combinations) {
        const { subject, body } = request(info, facts, userName);
        const context = JSON.stringify({ facts, userName });
        expect(`${subject}\n${body}`, context).not.toMatch(/[[\]{}|$]|undefined| {2}|\s[,.]|\n{3}/);
        expect(body.startsWith(facts.recruiterName ? 'Hi Jane,' : 'Hello,'), context).toBe(true);
        expect(`${subject} ${body}`.includes('Product Designer'), context).toBe(facts.role !== undefined);
        expect(body.includes('Acme'), context).toBe(facts.company !== undefined);
        expect(body.endsWith('\nAlex'), context).toBe(userName !== '');
      }
    },
  );
});

describe('mail links', () => {
  const draft = {
    to: 'jane+jobs@acme.com',
    subject: 'Thanks & a question? #1',
    body: 'Hi Jane,\n\n100% grateful: a+b=c; café?',
  };

  it('opens Gmail compose with every field encoded', () => {
    const url = new URL(gmailComposeUrl(draft));
    expect(`${url.origin}${url.pathname}`).toBe('https://mail.google.com/mail/');
    expect([...url.searchParams.keys()]).toEqual(['view', 'fs', 'to', 'su', 'body']);
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('fs')).toBe('1');
    expect(url.searchParams.get('to')).toBe(draft.to);
    expect(url.searchParams.get('su')).toBe(draft.subject);
    expect(url.searchParams.get('body')).toBe(draft.body);
    expect(url.hash).toBe('');
  });

  it('writes from the Gmail account the rejection was read in', () => {
    const url = gmailComposeUrl(draft, 'https://mail.google.com/mail/u/1/#all/x');
    expect(url.startsWith('https://mail.google.com/mail/u/1/?view=cm')).toBe(true);
    expect(new URL(url).searchParams.get('to')).toBe(draft.to);
  });

  it('writes from the first account when the address names none or is not Gmail', () => {
    for (const seenAt of ['https://mail.google.com/mail/#inbox/x', 'https://outlook.live.com/mail/u/2/x']) {
      expect(gmailComposeUrl(draft, seenAt).startsWith('https://mail.google.com/mail/?view=cm')).toBe(true);
    }
  });

  it('leaves the recipient out of Gmail compose when no address is known', () => {
    const url = new URL(gmailComposeUrl({ subject: 's', body: 'b' }));
    expect(url.searchParams.has('to')).toBe(false);
    expect(url.searchParams.get('su')).toBe('s');
  });

  it('builds a mailto link with the address readable and the body in CRLF lines', () => {
    const link = mailtoUrl(draft);
    const [target = '', search = ''] = link.split('?');
    expect(target).toBe('mailto:jane%2Bjobs@acme.com');
    expect(decodeURIComponent(target.slice('mailto:'.length))).toBe(draft.to);
    const params = Object.fromEntries(
      search.split('&').map((pair) => pair.split('=').map((part) => decodeURIComponent(part))),
    );
    expect(params).toEqual({ subject: draft.subject, body: draft.body.replace(/\n/g, '\r\n') });
    expect(link).not.toMatch(/[ \n#]/);
  });
});
