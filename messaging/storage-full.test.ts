import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaExceeded, isStorageFullAnswer, STORAGE_FULL } from './storage-full';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('telling a full disk from other failures', () => {
  it.each([
    ['the DOMException IndexedDB raises', quota()],
    ["Dexie's error of that name", new Dexie.QuotaExceededError('Quota exceeded')],
    ["Dexie's abort of the transaction the refused write ended", new Dexie.AbortError('Aborted', quota())],
    [
      'an abort wrapping an abort wrapping the refusal',
      new Dexie.AbortError('Aborted', new Dexie.AbortError('Aborted', quota())),
    ],
    ["Chrome's browser.storage", new Error('Resource::kQuotaBytes quota exceeded')],
    ["Chrome's older browser.storage wording", new Error('QUOTA_BYTES quota exceeded')],
  ])('recognises %s', (_, error) => {
    expect(isQuotaExceeded(error)).toBe(true);
  });

  it.each([
    ['a constraint error', new Dexie.ConstraintError('Key already exists')],
    ['an abort for another reason', new Dexie.AbortError('Aborted', new Dexie.ConstraintError('Key exists'))],
    ['a plain error', new Error('A win needs a few words.')],
    ['an error that only mentions a quota', new Error('Your quota of wins for today is generous')],
    ['a string', 'QuotaExceededError'],
    ['nothing', undefined],
    ['null', null],
  ])('does not mistake %s for it', (_, error) => {
    expect(isQuotaExceeded(error)).toBe(false);
  });

  it('reads the answer of a message that failed for want of space, as it arrives from the background', () => {
    expect(isStorageFullAnswer(new Error(STORAGE_FULL))).toBe(true);
    expect(isStorageFullAnswer({ message: `Error: ${STORAGE_FULL}` })).toBe(true);
    expect(
      isStorageFullAnswer(new Error('Could not establish connection. Receiving end does not exist.')),
    ).toBe(false);
    expect(isStorageFullAnswer(quota())).toBe(false);
    expect(isStorageFullAnswer(undefined)).toBe(false);
  });
});
