import { describe, expect, it } from 'vitest';
import { forgetAnswers, rememberingAnswers } from './per-message';

describe('rememberingAnswers', () => {
  it('works out each answer once per message, undefined ones too', () => {
    const asked: string[] = [];
    const shout = rememberingAnswers((key: string) => {
      asked.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    });
    forgetAnswers();
    expect([shout('acme'), shout('acme'), shout('none'), shout('none')]).toEqual([
      'ACME',
      'ACME',
      undefined,
      undefined,
    ]);
    expect(asked).toEqual(['acme', 'none']);
    forgetAnswers();
    expect(shout('acme')).toBe('ACME');
    expect(asked).toEqual(['acme', 'none', 'acme']);
  });

  it('keeps no more than a few hundred answers when no message ever starts', () => {
    let count = 0;
    const length = rememberingAnswers((key: string) => {
      count++;
      return key.length;
    });
    forgetAnswers();
    for (let at = 0; at < 2000; at++) length(`key ${at}`);
    expect(count).toBe(2000);
    // The last answer is still known; the first ones were let go on the way.
    length('key 1999');
    expect(count).toBe(2000);
    length('key 0');
    expect(count).toBe(2001);
  });
});
