// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_ATTRIBUTE } from '@/components/notice/notice';
import { startStatusDetection } from '@/sites/status/start';
import type { StatusRow } from '@/sites/status/types';
import { ComebackDb } from '@/storage/db';
import { countUnviewed } from '@/storage/rejections';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';

let db: ComebackDb;
let record: BackgroundRecord;
let stop: (() => void) | undefined;
let hand: (rows: StatusRow[]) => void;

beforeEach(() => {
  db = new ComebackDb(`status-${crypto.randomUUID()}`);
  record = connectBackground(db);
  document.body.replaceChildren();
  stop = startStatusDetection('workday', document, (onRows) => {
    hand = onRows;
    return () => undefined;
  });
});

afterEach(async () => {
  stop?.();
  await db.delete();
});

const notSelected = (id: string, company: string): StatusRow => ({
  applicationId: `acme/${id}`,
  company,
  role: 'Designer',
  status: 'Not Selected',
});

const noticeText = () => document.querySelector(`[${NOTICE_ATTRIBUTE}]`)?.shadowRoot?.textContent ?? '';

describe('a status page seen for the first time', () => {
  it('keeps its many earlier decisions without lighting the badge, and says so once', async () => {
    hand(['R-1', 'R-2', 'R-3', 'R-4', 'R-5'].map((id, at) => notSelected(id, `Company ${at}`)));
    await vi.waitFor(() => expect(noticeText()).toContain('added 5 earlier decisions'));

    expect(await db.rejections.count()).toBe(5);
    expect(await countUnviewed(db)).toBe(0);
    expect(record.badgeRefreshes).toBe(0);
    expect(record.sent.map((message) => message.type)).toEqual([
      'knowsSite',
      'addStatusHistory',
      'noticeWords',
    ]);
    expect(document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`)).toHaveLength(1);
    // Nothing to act on for a whole batch: no "Open my plan", no "Not a rejection".
    expect(noticeText()).not.toContain('Open my plan');

    hand([notSelected('R-6', 'Contoso')]);
    await vi.waitFor(() => expect(noticeText()).toContain('Contoso'));
    expect(await countUnviewed(db)).toBe(1);
    expect(record.badgeRefreshes).toBe(1);
    // The notice's words come with the answer to the report: nothing more is asked.
    expect(record.sent.slice(3).map((message) => message.type)).toEqual(['reportRejection']);
  });

  it('reports each decision as news once the site holds a record', async () => {
    hand([notSelected('R-1', 'Northwind')]);
    await vi.waitFor(() => expect(noticeText()).toContain('Northwind'));
    hand(['R-2', 'R-3', 'R-4', 'R-5'].map((id, at) => notSelected(id, `Company ${at}`)));
    await vi.waitFor(() => expect(record.badgeRefreshes).toBe(5));
    expect(await countUnviewed(db)).toBe(5);
    expect(record.sent.filter((message) => message.type === 'addStatusHistory')).toEqual([]);
  });
});
