import { describe, expect, test } from 'vitest';
import { fromLegacyId, idsInJslog, normaliseId, parseGmailDate, toLegacyId } from './values';

const jslogPart = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64').replace(/=/g, '.');

describe('ids', () => {
  test('strip the leading # and keep client ids of just-sent mail', () => {
    expect(normaliseId('#msg-f:1792701768541109557')).toBe('msg-f:1792701768541109557');
    expect(normaliseId('thread-f:1792701768541109557')).toBe('thread-f:1792701768541109557');
    expect(normaliseId('#msg-a:r-4832093843124')).toBe('msg-a:r-4832093843124');
    expect(normaliseId('not an id')).toBeUndefined();
  });

  test('hex legacy ids become the decimal ids of the newer attributes, and back', () => {
    expect(fromLegacyId('msg', '18e0f4c2a61b7d35')).toBe('msg-f:1792701768541109557');
    expect(fromLegacyId('thread', '18e0f4c2a61b7d35')).toBe('thread-f:1792701768541109557');
    expect(fromLegacyId('msg', 'zz')).toBeUndefined();
    expect(toLegacyId('thread-f:1792701768541109557')).toBe('18e0f4c2a61b7d35');
    expect(toLegacyId('msg-a:r-48')).toBeUndefined();
  });

  test('are found in the base64 parts of a jslog attribute', () => {
    const jslog = `20277; u014N:xr6bB; 1:${jslogPart(['#thread-f:1792701768541109557', null, '#msg-f:1792701768541109558'])}; 4:${jslogPart([null, 0])}`;
    expect(idsInJslog(jslog)).toEqual({
      threadId: 'thread-f:1792701768541109557',
      messageId: 'msg-f:1792701768541109558',
    });
  });

  test('are absent from a jslog that names none, or is not base64 at all', () => {
    expect(idsInJslog(`21576; u014N:cOuCgd,Kr2w4b; 4:${jslogPart([null, null, null, 0])}`)).toEqual({});
    expect(idsInJslog('1:%%%not-base64%%%; garbage')).toEqual({});
  });
});

describe('parseGmailDate', () => {
  test('reads the US tooltip, with or without the narrow space before AM/PM', () => {
    const expected = new Date(2024, 2, 5, 22, 12).getTime();
    expect(parseGmailDate('Tue, Mar 5, 2024, 10:12\u202fPM')).toBe(expected);
    expect(parseGmailDate('Tue, Mar 5, 2024, 10:12 PM')).toBe(expected);
    expect(parseGmailDate('Tue, Mar 5, 2024 at 10:12 PM')).toBe(expected);
  });

  test('reads midnight and noon in 12-hour time', () => {
    expect(parseGmailDate('Fri, Jan 5, 2024, 12:30 AM')).toBe(new Date(2024, 0, 5, 0, 30).getTime());
    expect(parseGmailDate('Fri, Jan 5, 2024, 12:30 PM')).toBe(new Date(2024, 0, 5, 12, 30).getTime());
  });

  test('reads day-first 24-hour tooltips', () => {
    expect(parseGmailDate('Thu, 7 Mar 2024, 14:02')).toBe(new Date(2024, 2, 7, 14, 2).getTime());
    expect(parseGmailDate('7 Sept 2024 at 09:05')).toBe(new Date(2024, 8, 7, 9, 5).getTime());
  });

  test('gives up on text that is no date', () => {
    expect(parseGmailDate('yesterday-ish')).toBeUndefined();
    expect(parseGmailDate('Thu, 7 Foo 2024, 14:02')).toBeUndefined();
  });
});
