import { describe, expect, it } from 'vitest';
import { verdictLine } from './output';

describe('verdictLine', () => {
  it('writes every key in a fixed order, null for what was not found, and a rounded score', () => {
    const line = verdictLine('m1', {
      rejection: true,
      score: 0.8500000000000001,
      kind: 'rejection',
      reasons: ['We have decided not to proceed.'],
      company: 'Acme',
      replyTo: 'jane@acme.com',
      language: 'en',
    });
    expect(line).toBe(
      '{"id":"m1","rejection":true,"score":0.85,"kind":"rejection","company":"Acme","role":null,' +
        '"recruiter":null,"reasons":["We have decided not to proceed."]}',
    );
  });
});
