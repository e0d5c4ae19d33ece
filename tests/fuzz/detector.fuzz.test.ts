import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../detector/index';
import type { MailInput, MailKind, Verdict } from '../../detector/types';

const KINDS: readonly MailKind[] = [
  'rejection',
  'acknowledgement',
  'interview',
  'assessment',
  'offer',
  'alert',
  'withdrawal',
  'pause',
  'other',
];

function expectWellFormed(verdict: Verdict): void {
  expect(typeof verdict.rejection).toBe('boolean');
  expect(Number.isFinite(verdict.score)).toBe(true);
  expect(verdict.score).toBeGreaterThanOrEqual(0);
  expect(verdict.score).toBeLessThanOrEqual(1);
  expect(KINDS).toContain(verdict.kind);
  if (verdict.rejection) expect(verdict.kind).toBe('rejection');
  expect(Array.isArray(verdict.reasons)).toBe(true);
  for (const reason of verdict.reasons) expect(typeof reason).toBe('string');
  for (const key of ['company', 'role', 'recruiter', 'replyTo'] as const) {
    if (verdict[key] !== undefined) expect(typeof verdict[key]).toBe('string');
  }
  expect(verdict.language).toMatch(/^[a-z]{2,3}$/);
}

/** Pieces of real and hostile mail: decisive phrases, quoting, markup, invisible and right-to-left characters. */
const HOSTILE_PIECES = [
  'we have decided to move forward with other candidates',
  'If you are not selected ',
  'Unfortunately, we will not be moving forward.',
  'We would love to invite you to an interview.',
  'Leider müssen wir Ihnen mitteilen',
  'nous avons décidé de ne pas donner suite',
  '\n> ',
  '> > > > ',
  '\nOn Mon, 5 Jan 2026, Jane <jane@acme.com> wrote:\n',
  '-----Original Message-----\n',
  '<div>',
  '</div>',
  '<blockquote><blockquote>',
  '<div class="gmail_quote">',
  '<p',
  '</p>',
  '<',
  '>',
  '<!--',
  '-->',
  '<script>',
  '<style>a{}',
  '&amp;',
  '&#x202E;',
  '&nbsp;',
  '\u200B',
  '\u200C\u200D',
  '\uFEFF',
  '\u202E',
  '\u200F',
  'نأسف لإبلاغك',
  'אנו מצטערים',
  '😀',
  '👩‍💻',
  '🏳️‍🌈',
  '\uD800',
  '\u0000',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '.',
  '!?',
  'Acme Inc.',
  'Senior Engineer',
  'Best regards,\nJane Doe\nTalent Acquisition',
];

const hostileText = (maxPieces: number, minPieces = 0) =>
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 20, unit: 'binary' })), {
      minLength: minPieces,
      maxLength: maxPieces,
      size: 'max',
    })
    .map((pieces) => pieces.join(''));

/** About 1 MB of the hostile pieces in a fixed, mixed order (the same body on every run). */
function hostileMegabyte(): string {
  const pieces: string[] = [];
  let length = 0;
  for (let i = 0; length < 1024 * 1024; i += 1) {
    const piece = HOSTILE_PIECES[(i * 7 + (i >> 3)) % HOSTILE_PIECES.length] ?? '';
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.join('');
}

const sender = fc.oneof(
  fc.constantFrom('Jane Doe <jane@acme.com>', 'no-reply@greenhouse.io', '"<>" <@>', '', '<<<>>>'),
  fc.string({ maxLength: 80, unit: 'binary' }),
);

const mail = (body: fc.Arbitrary<string>) =>
  fc.record({
    from: sender,
    subject: hostileText(10),
    text: body,
    html: fc.option(body, { nil: undefined }),
  });

const classifiedWell = (input: MailInput) => {
  expectWellFormed(detect(input));
  expectWellFormed(detect({ ...input, text: '', html: input.text }));
};

describe('detect under fuzzing', () => {
  it('returns a well-formed verdict for any unicode text, as text or as html', () => {
    fc.assert(fc.property(mail(fc.string({ maxLength: 2000, unit: 'binary' })), classifiedWell), {
      numRuns: 100,
    });
  });

  it('returns a well-formed verdict for hostile mail: markup, quotes, invisible and RTL characters, emoji', () => {
    fc.assert(fc.property(mail(hostileText(200)), classifiedWell), { numRuns: 100 });
  });

  it('copes with large hostile bodies up to about 50 KB', () => {
    fc.assert(fc.property(mail(hostileText(3000, 1500)), classifiedWell), { numRuns: 20 });
  });

  it('gives the same verdict twice for the same message', () => {
    fc.assert(
      fc.property(mail(hostileText(100)), (input) => {
        expect(detect(input)).toEqual(detect(input));
      }),
      { numRuns: 50 },
    );
  });

  it('never throws on fields of the wrong type, as untyped callers may pass', () => {
    fc.assert(
      fc.property(
        fc.record({ from: fc.anything(), subject: fc.anything(), text: fc.anything(), html: fc.anything() }),
        (input) => {
          expectWellFormed(detect(input as unknown as MailInput));
        },
      ),
      { numRuns: 200 },
    );
    expectWellFormed(detect(null as unknown as MailInput));
    expectWellFormed(detect(undefined as unknown as MailInput));
  });

  it('returns a well-formed verdict for one 1 MB hostile body', () => {
    const body = hostileMegabyte();
    expect(body.length).toBeGreaterThanOrEqual(1024 * 1024);
    classifiedWell({ from: 'Jane Doe <jane@acme.com>', subject: 'Your application', text: body });
  });
});
