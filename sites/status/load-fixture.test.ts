// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { INDEED_PAGES } from '@/sites/indeed/fixtures';
import { indeed } from '@/sites/indeed/selectors';
import { mountFixture } from './load-fixture';
import { readStatusRows } from './read';

describe('mountFixture', () => {
  it('gives each test the page as the site sent it, whatever an earlier test did to the body', () => {
    const fresh = readStatusRows(mountFixture(INDEED_PAGES.list), indeed).rows;
    expect(fresh.length).toBeGreaterThan(0);
    // A fuzz test may leave the body hidden or styled away once its mutations have emptied it.
    document.body.setAttribute('hidden', '');
    document.body.setAttribute('style', 'display: none');
    expect(readStatusRows(mountFixture(INDEED_PAGES.list), indeed).rows).toEqual(fresh);
    expect(document.body.hasAttribute('hidden')).toBe(false);
  });
});
