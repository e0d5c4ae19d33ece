// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SITE_IDS } from '@/sites/registry';
import { ComebackDb } from '@/storage/db';
import { recordHealth } from '@/storage/health';
import { siteSwitches } from '@/storage/settings';
import { type BackgroundRecord, connectBackground } from '@/tests/unit/connect-background';
import { OptionsPage } from './OptionsPage';
import { SectionTabs, tabAfterKey } from './SectionTabs';
import { siteName } from './site-labels';

let db: ComebackDb;
let record: BackgroundRecord;

beforeEach(() => {
  db = new ComebackDb(`options-${crypto.randomUUID()}`);
  record = connectBackground(db);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

const siteSwitch = (name: string) => screen.getByRole('switch', { name });
const isOn = (name: string) => siteSwitch(name).getAttribute('aria-checked') === 'true';

describe('the options page, Sites section', () => {
  it('lists every site with its switch, all on, and none seen yet', async () => {
    render(<OptionsPage />);
    await screen.findByRole('heading', { level: 1, name: 'Comeback settings' });
    await screen.findByRole('switch', { name: 'Gmail' });
    expect(screen.getAllByRole('switch')).toHaveLength(SITE_IDS.length);
    for (const site of SITE_IDS) {
      expect(isOn(siteName(site))).toBe(true);
    }
    expect(screen.getByText('Gmail: not seen yet')).toBeTruthy();
    expect(screen.queryByText(/Messages read/)).toBeNull();
    expect(siteSwitch('Gmail').getAttribute('aria-describedby')).toBeTruthy();
  });

  it('gives every site a display name', () => {
    for (const site of SITE_IDS) expect(siteName(site), site).not.toBe(site);
  });

  it('switches a site off through the background, and back on', async () => {
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Gmail' }));
    await waitFor(async () => expect(await siteSwitches.getValue()).toEqual({ gmail: false }));
    await waitFor(() => expect(isOn('Gmail')).toBe(false));
    expect(isOn('Outlook')).toBe(true);
    expect(record.sent).toEqual([{ type: 'setSiteOn', payload: { site: 'gmail', on: false } }]);

    fireEvent.click(siteSwitch('Gmail'));
    await waitFor(async () => expect(await siteSwitches.getValue()).toEqual({ gmail: true }));
    await waitFor(() => expect(isOn('Gmail')).toBe(true));
  });

  it('shows a switch changed elsewhere', async () => {
    render(<OptionsPage />);
    await screen.findByRole('switch', { name: 'LinkedIn' });
    await siteSwitches.setValue({ linkedin: false });
    await waitFor(() => expect(isOn('LinkedIn')).toBe(false));
  });

  it('says so when a switch could not be saved, and shows the switch as it really is', async () => {
    fakeBrowser.runtime.sendMessage = (async () => {
      throw new Error('background gone');
    }) as typeof fakeBrowser.runtime.sendMessage;
    render(<OptionsPage />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Gmail' }));
    expect(
      await screen.findByText('Something went wrong, and nothing was lost. Please try again.'),
    ).toBeTruthy();
    expect(isOn('Gmail')).toBe(true);
    expect(await siteSwitches.getValue()).toEqual({});
  });

  it('shows each site’s health and counts, and follows new reports live', async () => {
    await recordHealth('gmail', { read: 3, missed: 0, errors: 0 }, 100);
    await recordHealth('outlook', { read: 5, missed: 0, errors: 0 }, 100);
    await recordHealth('outlook', { read: 0, missed: 1, errors: 1 }, 200);
    await recordHealth('workday', { read: 2, missed: 0, errors: 0 }, 100);
    render(<OptionsPage />);

    expect(await screen.findByText('Gmail: working')).toBeTruthy();
    expect(screen.getByText('Messages read: 3 · missed: 0')).toBeTruthy();
    const changed = screen.getByText('Outlook: the page changed, detection may miss');
    expect(changed.className).toBe('cb-health-changed');
    expect(screen.getByText('Messages read: 5 · missed: 2')).toBeTruthy();
    expect(screen.getAllByText(/please report it/)).toHaveLength(1);
    expect(screen.getByText('Workday: working')).toBeTruthy();
    expect(screen.getByText('Application updates read: 2 · missed: 0')).toBeTruthy();
    expect(screen.getByText('LinkedIn: not seen yet')).toBeTruthy();

    await recordHealth('outlook', { read: 1, missed: 0, errors: 0 }, 300);
    expect(await screen.findByText('Outlook: working')).toBeTruthy();
    expect(screen.queryByText(/please report it/)).toBeNull();
  });
});

describe('section navigation', () => {
  const sections = [
    { id: 'sites', label: 'optionsSectionSites', Panel: () => <p>Sites panel</p> },
    { id: 'wins', label: 'winsHeading', Panel: () => <p>Wins panel</p> },
    { id: 'checklist', label: 'checklistHeading', Panel: () => <p>Checklist panel</p> },
  ] as const;

  function Tabs() {
    const [selected, setSelected] = useState('sites');
    return <SectionTabs sections={sections} selected={selected} onSelect={setSelected} />;
  }
  const renderTabs = () => render(<Tabs />);

  it('moves between sections with the arrow keys, Home and End, keeping focus on the tab', () => {
    renderTabs();
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(screen.getByRole('tablist', { name: 'Settings sections' })).toBeTruthy();
    expect(tab('Sites').getAttribute('aria-selected')).toBe('true');
    expect(tab('Sites').tabIndex).toBe(0);
    expect(tab('Remember your wins').tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel', { name: 'Sites' }).textContent).toContain('Sites panel');

    tab('Sites').focus();
    fireEvent.keyDown(tab('Sites'), { key: 'ArrowDown' });
    expect(tab('Remember your wins').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Remember your wins'));
    expect(screen.getByRole('tabpanel', { name: 'Remember your wins' }).textContent).toContain('Wins panel');
    expect(screen.queryByText('Sites panel')).toBeNull();

    fireEvent.keyDown(tab('Remember your wins'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Next application checklist'));
    fireEvent.keyDown(tab('Next application checklist'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Sites'));
    fireEvent.keyDown(tab('Sites'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(tab('Next application checklist'));
    fireEvent.keyDown(tab('Next application checklist'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('Sites'));
  });

  it('shows a section on click', () => {
    renderTabs();
    fireEvent.click(screen.getByRole('tab', { name: 'Next application checklist' }));
    expect(screen.getByRole('tabpanel').textContent).toContain('Checklist panel');
  });

  it('knows which tab each key leads to', () => {
    expect(tabAfterKey('ArrowDown', 2, 3)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
    expect(tabAfterKey('Enter', 1, 3)).toBeUndefined();
  });

  it('opens the section named in the address and reports a move so the address can follow', async () => {
    const moves: string[] = [];
    render(<OptionsPage initialSection="nowhere" onSectionChange={(id) => moves.push(id)} />);
    const tab = await screen.findByRole('tab', { name: 'Sites' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    fireEvent.click(tab);
    expect(moves).toEqual(['sites']);
  });
});
