import { describe, expect, it } from 'vitest';
import { isConditionedAfter, isHypothetical, isNegated, isQuoted } from './clause';
import { de } from './phrases/de';
import { en } from './phrases/en';
import { nl } from './phrases/nl';

const at = (sentence: string, phrase: string) => sentence.indexOf(phrase);

describe('isConditionedAfter', () => {
  it.each([
    ['Your application will not be reviewed if it is incomplete.', 'will not'],
    ['You will not be considered for the role unless you complete the questionnaire.', 'not be'],
    ['Your application will not be considered until the closing date has passed.', 'will not'],
  ])('reads a condition after its main clause: "%s"', (sentence, phrase) => {
    expect(isConditionedAfter(sentence, at(sentence, phrase))).toBe(true);
  });

  it.each([
    ['We will not be moving forward at this time but if a role opens we will write.', 'not be'],
    ['We offered the job to someone else so I can share feedback if you want it.', 'offered'],
    ['We have gone with candidates who can start at once if needed.', 'gone'],
    ['We will not be moving forward, even if the role reopens.', 'not be'],
    ['The role has been put on hold until further notice.', 'role'],
  ])('leaves a condition of another clause alone: "%s"', (sentence, phrase) => {
    expect(isConditionedAfter(sentence, at(sentence, phrase))).toBe(false);
  });
});

describe('isHypothetical', () => {
  it.each([
    ['If you are not selected, we will keep your CV.', 'not selected'],
    ['We will let you know if we decide not to move forward.', 'not to move'],
    ['An Archived status means you were not selected.', 'you were'],
    ['Should you not hear from us, assume your application was unsuccessful.', 'your application'],
    ['In case your profile is not a match, we will tell you.', 'not a match'],
    ['Then, unfortunately, your application was not successful.', 'your application'],
    ['Applicants who miss the deadline will not be considered.', 'not be considered'],
  ])('treats "%s" as conditional', (sentence, phrase) => {
    expect(isHypothetical(sentence, at(sentence, phrase), en)).toBe(true);
  });

  it.each([
    [
      de,
      'Hören Sie binnen vier Wochen nichts von uns, konnten wir Sie leider nicht berücksichtigen.',
      'nicht',
    ],
    [nl, 'Krijgt u binnen twee weken geen bericht, dan is uw sollicitatie niet geselecteerd.', 'niet'],
  ])('reads a verb-first condition without a conjunction: %#', (set, sentence, phrase) => {
    expect(isHypothetical(sentence, sentence.lastIndexOf(phrase), set)).toBe(true);
  });

  it('keeps a reason clause a statement', () => {
    const s = 'Omdat je geen Nederlands spreekt, kunnen we je sollicitatie niet verder in behandeling nemen.';
    expect(isHypothetical(s, s.lastIndexOf('niet'), nl)).toBe(false);
  });

  it.each([
    ['Unfortunately, we have decided not to move forward.', 'not to move'],
    ['If you have questions, please ask; we have decided not to proceed.', 'not to proceed'],
    ['We will not move forward, and if you have questions, reply.', 'not move'],
  ])('treats "%s" as a statement', (sentence, phrase) => {
    expect(isHypothetical(sentence, at(sentence, phrase), en)).toBe(false);
  });
});

describe('isNegated', () => {
  it('sees negation in the same clause only', () => {
    const s = 'We will not be inviting you to an interview';
    expect(isNegated(s, at(s, 'inviting'), en)).toBe(true);
    const t = 'We could not be happier, and we invite you to an interview';
    expect(isNegated(t, at(t, 'invite'), en)).toBe(false);
  });
});

describe('isQuoted', () => {
  it.each([
    ['Join our talk "We have decided not to proceed" tonight.', 'decided', true],
    ['Das Label „Abgesagt“ heißt: nicht berücksichtigt.', 'Abgesagt', true],
    ['Das Label „Abgesagt“ heißt: nicht berücksichtigt.', 'nicht', false],
    ['We have decided not to proceed.', 'decided', false],
    ["You've had 'we will not be progressing your application' emails.", 'progressing', true],
    ["You've had 'we will not be progressing your application' emails, we're sorry.", 'sorry', false],
    ["We're sorry the candidates' files were late, but we won't be moving forward.", 'moving', false],
  ])('%s at "%s" is quoted: %s', (sentence, phrase, quoted) => {
    expect(isQuoted(sentence, sentence.indexOf(phrase))).toBe(quoted);
  });
});
