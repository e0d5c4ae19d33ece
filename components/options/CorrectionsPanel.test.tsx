// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import { ComebackDb } from '@/storage/db';
import { addReported, dismiss } from '@/storage/rejections';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { CorrectionsPanel } from './CorrectionsPanel';

let background: ComebackDb;
let pageDb: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  const name = `learned-${crypto.randomUUID()}`;
  background = new ComebackDb(name);
  pageDb = new ComebackDb(name);
  record = connectBackground(background);
});

afterEach(async () => {
  cleanup();
  pageDb.close();
  await background.delete();
});

/** A message the detector flagged and the user then called "Not a rejection", as the popup does it. */
async function notARejection(report: Partial<RejectionReport> & Pick<RejectionReport, 'key' | 'source'>) {
  await addReported(background, { excerpt: '', score: 0.9, reasons: [], receivedAt: 1, ...report });
  await dismiss(background, report.key);
}

const show = () => render(<CorrectionsPanel db={pageDb} />);
const panel = () => screen.getByRole('region', { name: 'What Comeback learned from you' });
const items = () =>
  within(panel())
    .queryAllByRole('listitem')
    .map((item) => item.firstChild?.textContent);

describe('what Comeback learned from "Not a rejection"', () => {
  it('says kindly that nothing was learned yet', async () => {
    show();
    await within(panel()).findByText(/^Nothing learned yet\./);
    expect(within(panel()).queryByRole('list')).toBeNull();
  });

  it('lists each sender and wording it passes over, in plain words', async () => {
    await notARejection({
      key: 'gmail:1',
      source: 'gmail',
      fromEmail: 'no-reply@us.greenhouse-mail.io',
      company: 'Acme',
      reasons: ['Acme has decided to move forward with 3 other candidates.'],
    });
    await notARejection({ key: 'linkedin:2', source: 'linkedin', fromName: 'Jane Doe', reasons: [] });
    await notARejection({
      key: 'outlook:3',
      source: 'outlook',
      fromEmail: 'priya@lumenfield.com',
      reasons: [],
    });
    show();

    await waitFor(() => expect(items()).toHaveLength(4));
    expect(new Set(items())).toEqual(
      new Set([
        'Messages from no-reply@us.greenhouse-mail.io about acme',
        'Messages saying "[company] has decided to move forward with # other candidates."',
        'LinkedIn messages from jane doe',
        'Messages from priya@lumenfield.com',
      ]),
    );
  });

  it('forgets one on request, saying so where the focus goes, and leaves the rest', async () => {
    await notARejection({ key: 'linkedin:2', source: 'linkedin', fromName: 'Jane Doe', reasons: [] });
    await notARejection({
      key: 'outlook:3',
      source: 'outlook',
      fromEmail: 'priya@lumenfield.com',
      reasons: [],
    });
    show();

    const forget = await screen.findByRole('button', { name: 'Forget: LinkedIn messages from jane doe' });
    expect(forget.textContent).toBe('Forget');
    fireEvent.click(forget);

    const status = await screen.findByText('Forgotten. Messages like that will be noticed again.');
    await waitFor(() => expect(items()).toEqual(['Messages from priya@lumenfield.com']));
    expect(document.activeElement).toBe(status);
    expect(await background.corrections.toCollection().primaryKeys()).toEqual([
      'sender:priya@lumenfield.com',
    ]);
    expect(record.sent).toEqual([{ type: 'forgetCorrection', payload: { key: 'sender:linkedin:jane doe' } }]);
  });

  it('shows the empty state again once the last one is forgotten', async () => {
    await notARejection({
      key: 'outlook:3',
      source: 'outlook',
      fromEmail: 'priya@lumenfield.com',
      reasons: [],
    });
    show();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Forget: Messages from priya@lumenfield.com' }),
    );
    await within(panel()).findByText(/^Nothing learned yet\./);
  });
});
