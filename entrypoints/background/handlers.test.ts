import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RejectionReport } from '@/messaging/protocol';
import { ComebackDb } from '@/storage/db';
import { selectionDraft } from '@/storage/draft';
import { siteSwitches } from '@/storage/settings';
import { refreshBadge } from './badge';
import { createHandlers } from './handlers';
import type { FrameTarget } from './inject-detector';

const report: RejectionReport = {
  key: 'gmail:msg-1',
  source: 'gmail',
  messageId: 'msg-1',
  company: 'Lumenfield',
  excerpt: 'We have decided to move forward with other candidates.',
  score: 0.9,
  reasons: ['We have decided to move forward with other candidates.'],
  receivedAt: 1000,
};

let db: ComebackDb;
let opened: number[];
let detectorTargets: FrameTarget[];
let handlers: ReturnType<typeof createHandlers>;
const sender = {};

beforeEach(() => {
  db = new ComebackDb(`test-${crypto.randomUUID()}`);
  opened = [];
  detectorTargets = [];
  handlers = createHandlers(db, {
    refreshBadge: () => refreshBadge(db),
    openPlan: async (id) => {
      opened.push(id);
    },
    injectDetector: async (target) => {
      detectorTargets.push(target);
    },
    readDetectorWorker: async () => 'postMessage("ready")',
  });
});
afterEach(async () => {
  await db.delete();
});

const badge = () => fakeBrowser.action.getBadgeText({});

describe('background handlers', () => {
  it('counts a new rejection on the badge, and clears it once viewed', async () => {
    const outcome = await handlers.reportRejection(report, sender);
    expect(outcome.status).toBe('added');
    // The page's notice is worded here and sent with the answer.
    expect(outcome).toMatchObject({ words: { title: expect.stringContaining('Lumenfield') } });
    expect(await badge()).toBe('1');
    expect(await handlers.reportRejection(report, sender)).toEqual({
      status: 'known',
      id: expect.any(Number),
    });
    expect(await badge()).toBe('1');
    await handlers.markViewed({ id: 'id' in outcome ? outcome.id : -1 }, sender);
    expect(await badge()).toBe('');
  });

  it('clears the badge when the only rejection was a false alarm', async () => {
    await handlers.reportRejection(report, sender);
    await handlers.dismissRejection({ key: report.key }, sender);
    expect(await badge()).toBe('');
    expect(await handlers.reportRejection(report, sender)).toEqual({ status: 'dismissed' });
  });

  it('passes "Open my plan" on with the rejection it is for', async () => {
    await handlers.openPlan({ id: 42 }, sender);
    expect(opened).toEqual([42]);
  });

  it('adds the detector to the frame that asked for it, and to nothing without a tab', async () => {
    const inTab = (frameId?: number) => ({ tab: { id: 12 }, frameId }) as Browser.runtime.MessageSender;
    await handlers.loadDetector(null, inTab(3));
    await handlers.loadDetector(null, inTab());
    expect(detectorTargets).toEqual([
      { tabId: 12, frameId: 3 },
      { tabId: 12, frameId: 0 },
    ]);
    await expect(handlers.loadDetector(null, sender)).rejects.toThrow();
    expect(detectorTargets).toHaveLength(2);
  });

  it("answers the detector worker's code as the package holds it", async () => {
    expect(await handlers.detectorWorkerSource(null, sender)).toEqual({ source: 'postMessage("ready")' });
  });

  it('saves a hand-logged rejection and a win', async () => {
    const { id } = await handlers.logManualRejection({ company: 'Contoso', role: 'Analyst' }, sender);
    expect(await db.rejections.get(id)).toMatchObject({
      company: 'Contoso',
      role: 'Analyst',
      source: 'manual',
    });
    const win = await handlers.addWin({ text: 'Finished the certification' }, sender);
    expect((await db.wins.get(win.id))?.text).toBe('Finished the certification');
  });

  it('learns from "Not a rejection" so another message from that sender is not flagged', async () => {
    await handlers.reportRejection({ ...report, fromEmail: 'priya@lumenfield.com' }, sender);
    await handlers.dismissRejection({ key: report.key }, sender);
    const another = {
      ...report,
      key: 'gmail:msg-2',
      messageId: 'msg-2',
      fromEmail: 'priya@lumenfield.com',
      reasons: ['The position has been filled.'],
    };
    expect(await handlers.reportRejection(another, sender)).toEqual({ status: 'dismissed' });
    expect(await db.rejections.count()).toBe(0);
  });

  it('clears the draft once a rejection from selected text is logged, and keeps it for a typed one', async () => {
    const draft = { company: 'Initech', looksLikeRejection: true, createdAt: 1 };
    await selectionDraft.setValue(draft);
    await handlers.logManualRejection({ company: 'Contoso' }, sender);
    expect(await selectionDraft.getValue()).toEqual(draft);

    const { id } = await handlers.logManualRejection({ company: 'Initech', source: 'selection' }, sender);
    expect((await db.rejections.get(id))?.source).toBe('selection');
    expect(await selectionDraft.getValue()).toBeNull();
  });

  it('drops a cancelled draft', async () => {
    await selectionDraft.setValue({ looksLikeRejection: false, createdAt: 1 });
    await handlers.discardDraft(null, sender);
    expect(await selectionDraft.getValue()).toBeNull();
  });

  it('switches a site off and on again, leaving the others on', async () => {
    await handlers.setSiteOn({ site: 'gmail', on: false }, sender);
    await handlers.setSiteOn({ site: 'outlook', on: false }, sender);
    await handlers.setSiteOn({ site: 'outlook', on: true }, sender);
    expect(await siteSwitches.getValue()).toEqual({ gmail: false, outlook: true });
  });
});
