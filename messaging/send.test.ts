import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from './send';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sending a message to the background', () => {
  it('answers with a rejection, never a thrown error, once the extension is gone', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    let answer: Promise<unknown> | undefined;
    expect(() => {
      answer = send('markViewed', { id: 1 });
    }).not.toThrow();
    await expect(answer).rejects.toThrow('Extension context invalidated.');
  });
});
