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

  test('reads German tooltips, with the dotted day and month and "um"', () => {
    expect(parseGmailDate('Di., 5. März 2024, 22:12')).toBe(new Date(2024, 2, 5, 22, 12).getTime());
    expect(parseGmailDate('Sa., 7. Sept. 2024 um 09:05')).toBe(new Date(2024, 8, 7, 9, 5).getTime());
    expect(parseGmailDate('Mo., 2. Dez. 2024, 08:30')).toBe(new Date(2024, 11, 2, 8, 30).getTime());
  });

  test('reads French tooltips, telling juin from juillet', () => {
    expect(parseGmailDate('mar. 5 mars 2024, 22:12')).toBe(new Date(2024, 2, 5, 22, 12).getTime());
    expect(parseGmailDate('lun. 3 juin 2024 à 14:02')).toBe(new Date(2024, 5, 3, 14, 2).getTime());
    expect(parseGmailDate('jeu. 11 juil. 2024, 07:45')).toBe(new Date(2024, 6, 11, 7, 45).getTime());
    expect(parseGmailDate('mer. 14 févr. 2024, 18:00')).toBe(new Date(2024, 1, 14, 18, 0).getTime());
    expect(parseGmailDate('jeu. 1 août 2024, 10:00')).toBe(new Date(2024, 7, 1, 10, 0).getTime());
  });

  test('reads Spanish tooltips, short and long', () => {
    expect(parseGmailDate('mar, 5 mar 2024, 22:12')).toBe(new Date(2024, 2, 5, 22, 12).getTime());
    expect(parseGmailDate('vie., 10 ene. 2025, 9:03')).toBe(new Date(2025, 0, 10, 9, 3).getTime());
    expect(parseGmailDate('5 de diciembre de 2024, 16:40')).toBe(new Date(2024, 11, 5, 16, 40).getTime());
  });

  test('reads Dutch tooltips', () => {
    expect(parseGmailDate('di 5 mrt 2024 22:12')).toBe(new Date(2024, 2, 5, 22, 12).getTime());
    expect(parseGmailDate('wo 15 mei 2024, 11:20')).toBe(new Date(2024, 4, 15, 11, 20).getTime());
    expect(parseGmailDate('vr 11 okt. 2024 om 17:05')).toBe(new Date(2024, 9, 11, 17, 5).getTime());
  });

  test('reads Portuguese tooltips, with "de" around the month', () => {
    expect(parseGmailDate('ter., 5 de mar. de 2024 22:12')).toBe(new Date(2024, 2, 5, 22, 12).getTime());
    expect(parseGmailDate('sex., 20 de set. de 2024, 08:15')).toBe(new Date(2024, 8, 20, 8, 15).getTime());
    expect(parseGmailDate('qui., 3 de out. de 2024 às 13:00')).toBe(new Date(2024, 9, 3, 13, 0).getTime());
    expect(parseGmailDate('seg., 2 de fev. de 2026 06:50')).toBe(new Date(2026, 1, 2, 6, 50).getTime());
  });

  test('gives up on text that is no date', () => {
    expect(parseGmailDate('yesterday-ish')).toBeUndefined();
    expect(parseGmailDate('Thu, 7 Foo 2024, 14:02')).toBeUndefined();
  });
});
