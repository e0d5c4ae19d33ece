import { describe, expect, it } from 'vitest';
import { cleanBody } from './clean';

describe('cleanBody', () => {
  it('cuts quoted history after an attribution line, also when wrapped over two lines', () => {
    expect(cleanBody('Thanks!\n\nOn Mon, 3 Jun 2024 at 10:00, Jane <jane@acme.com> wrote:\n> old').body).toBe(
      'Thanks!',
    );
    expect(
      cleanBody('Thanks!\nOn Mon, 3 Jun 2024 at 10:00, Jane Doe <\njane@acme.com> wrote:\nold').body,
    ).toBe('Thanks!');
    expect(cleanBody('Danke!\nAm 3. Juni 2024 schrieb Jane <jane@acme.com>:\nalt').body).toBe('Danke!');
  });

  it('cuts Outlook header blocks and forwarded messages', () => {
    const outlook =
      'Noted.\n________________________________\nFrom: Jane Doe\nSent: Monday\nTo: Sam\nSubject: Update\n\nOld text';
    expect(cleanBody(outlook).body).toBe('Noted.');
    expect(cleanBody('FYI\n---------- Forwarded message ---------\nFrom: Acme\nUnfortunately…').body).toBe(
      'FYI',
    );
    expect(cleanBody('Mine\n-----Original Message-----\nTheirs').body).toBe('Mine');
  });

  it('keeps a forwarded answer under a relay note or when the reader keeps it for themself, and only then', () => {
    const forwarded =
      '---------- Forwarded message ---------\nFrom: Ola <ola@client.com>\nDate: Mon\nSubject: Feedback\n\nWe have offered the job to another applicant.\n\n> Earlier mail';
    expect(cleanBody(`Hi Sam,\nSee below from the client, sorry.\n\n${forwarded}`).body).toBe(
      'Hi Sam,\nSee below from the client, sorry.\n\n\nWe have offered the job to another applicant.',
    );
    expect(cleanBody(`Can you believe this?\n\n${forwarded}`).body).toBe('Can you believe this?');
    expect(cleanBody(`Sending this to my personal inbox.\n\n${forwarded}`).body).toContain(
      'another applicant',
    );
    expect(cleanBody(forwarded).body).toBe('We have offered the job to another applicant.');
    expect(cleanBody(`Mum, look.\n\n${forwarded.replace('Date: Mon', 'Date: Mon\nTo: me')}`).body).toContain(
      'another applicant',
    );
    expect(
      cleanBody(`Hi,\nSee below from the client.\n\n${forwarded.replace('Forwarded', 'Original')}`).body,
    ).toBe('Hi,\nSee below from the client.');
  });

  it('keeps a forwarded answer when the note greets the reader the forwarded message greets', () => {
    const answer =
      '---------- Forwarded message ---------\nFrom: HR <hr@firm.com>\nTo: rachel@mail.example\n\nDear Rachel,\nWe have offered the role to another applicant.';
    expect(cleanBody(`Hi Rachel,\nForwarding this from our HR team.\n\n${answer}`).body).toContain(
      'another applicant',
    );
    expect(cleanBody(`Hi Jo,\nGuess what came today.\n\n${answer}`).body).toBe(
      'Hi Jo,\nGuess what came today.',
    );
    const generic = answer.replace('Dear Rachel', 'Dear Candidate');
    expect(cleanBody(`Dear Candidate,\nLook at this.\n\n${generic}`).body).toBe(
      'Dear Candidate,\nLook at this.',
    );
  });

  it('drops quoted lines starting with >', () => {
    expect(cleanBody('Top\n> quoted\n>> deeper\nBottom').body).toBe('Top\nBottom');
  });

  it('separates the signature after a closing and keeps its lines', () => {
    const { body, signature } = cleanBody('Hi Sam,\nSorry.\n\nBest regards,\nJane Doe\nRecruiter | Acme');
    expect(body).toBe('Hi Sam,\nSorry.');
    expect(signature).toEqual(['Jane Doe', 'Recruiter | Acme']);
  });

  it('reads a name on the closing line itself and the "-- " delimiter', () => {
    expect(cleanBody('Hi\nText\nBest, Jane Doe\nAcme').signature).toEqual(['Jane Doe', 'Acme']);
    expect(cleanBody('Hi\nText\n-- \nJane\nAcme').signature).toEqual(['Jane', 'Acme']);
  });

  it('does not take a sentence that begins like a closing for one', () => {
    expect(cleanBody('Hi\nBest of luck in your search.\nThanks again for your time').body).toBe(
      'Hi\nBest of luck in your search.\nThanks again for your time',
    );
  });

  it('removes footer lines', () => {
    const { body } = cleanBody(
      'Real text.\nUnsubscribe from these emails\n© 2024 Acme. All rights reserved.\nPrivacy Policy',
    );
    expect(body).toBe('Real text.');
  });

  it('keeps the sentences a footer runs into, and only those', () => {
    const { body } = cleanBody(
      'Hi Sam,\n\nWe will not be moving forward. We encourage you to apply again. This message was sent from an unmonitored mailbox. If you have questions, contact\nYou are receiving this email because you applied. Unsubscribe',
    );
    expect(body).toBe('Hi Sam,\n\nWe will not be moving forward. We encourage you to apply again.');
  });

  it('takes a closing name block as the signature even without a closing word', () => {
    const { body, signature } = cleanBody(
      'Hi Grace,\n\nWe offered it to someone else.\n\nBen Aldridge\nFounder, Harbor & Main',
    );
    expect(body).toBe('Hi Grace,\n\nWe offered it to someone else.');
    expect(signature).toEqual(['Ben Aldridge', 'Founder, Harbor & Main']);
  });

  it('stays linear on hostile lines: long runs of spaces, after a signature word or on their own', () => {
    const spaces = ' '.repeat(20_000);
    for (const line of [`${spaces}x`, `wrote${spaces}x`, `---${spaces}x`, `On ${spaces}x`]) {
      const started = performance.now();
      cleanBody(`Hello\n${`${line}\n`.repeat(50)}`);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
