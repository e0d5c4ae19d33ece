import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from './jsonl';

describe('parseJsonlLine', () => {
  it('maps body to text and keeps the id; other keys are ignored', () => {
    const line = JSON.stringify({ id: 'en-rej-001', from: 'a@b.c', subject: 's', body: 'b', expect: {} });
    expect(parseJsonlLine(line)).toEqual({
      id: 'en-rej-001',
      input: { from: 'a@b.c', subject: 's', text: 'b' },
    });
  });

  it('accepts an html-only line with no id, sender or subject, and a numeric id', () => {
    expect(parseJsonlLine('{"html":"<p>x</p>"}')).toEqual({
      input: { from: '', subject: '', text: '', html: '<p>x</p>' },
    });
    expect(parseJsonlLine('{"id":7,"body":"x"}').id).toBe('7');
  });

  it.each([
    ['{"body":', /^not valid JSON/],
    ['["body"]', /must be a JSON object/],
    ['null', /must be a JSON object/],
    ['{"subject":"only"}', /needs a "body" or an "html"/],
    ['{"body":["x"]}', /"body" must be a string/],
    ['{"from":1,"body":"x"}', /"from" must be a string/],
    ['{"id":{},"body":"x"}', /"id" must be a string or a number/],
  ])('explains what is wrong with %s', (line, message) => {
    expect(() => parseJsonlLine(line)).toThrow(message);
  });
});
