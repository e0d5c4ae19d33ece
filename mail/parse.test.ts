import { describe, expect, it } from 'vitest';
import { latin1ToBytes } from './mbox';
import { parseRawMessage, toMailInput } from './parse';

const crlf = (lines: string[]) => lines.join('\r\n');

describe('parseRawMessage', () => {
  it('reads the headers of a simple message and strips the Message-ID brackets', async () => {
    const parsed = await parseRawMessage(
      crlf([
        'From: "Jane Doe" <jane@acme.com>',
        'Subject: Your application',
        'Message-ID: <abc.123@acme.com>',
        'Date: Mon, 5 Jan 2026 09:30:00 +0100',
        '',
        'Thank you for applying.',
      ]),
    );
    expect(parsed).toEqual({
      id: 'abc.123@acme.com',
      from: 'Jane Doe <jane@acme.com>',
      subject: 'Your application',
      text: 'Thank you for applying.\n',
      date: '2026-01-05T08:30:00.000Z',
    });
  });

  it('prefers the text/plain part of a multipart/alternative message', async () => {
    const parsed = await parseRawMessage(
      crlf([
        'From: jobs@acme.com',
        'Subject: Update',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Plain version',
        '--b1',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>HTML version</p>',
        '--b1--',
      ]),
    );
    expect(parsed.from).toBe('jobs@acme.com');
    expect(parsed.text.trim()).toBe('Plain version');
    expect(parsed.html).toBeUndefined();
  });

  it('hands over the HTML untouched when there is no text/plain part', async () => {
    const html = '<div><p>We have decided <b>not</b> to proceed.</p></div>';
    const parsed = await parseRawMessage(
      crlf(['From: jobs@acme.com', 'Subject: Update', 'Content-Type: text/html; charset=utf-8', '', html]),
    );
    expect(parsed.text).toBe('');
    expect(parsed.html?.trim()).toBe(html);
    expect(toMailInput(parsed)).toEqual({
      from: 'jobs@acme.com',
      subject: 'Update',
      text: '',
      html: parsed.html,
    });
  });

  it('decodes quoted-printable ISO-8859-1 bodies with soft line breaks', async () => {
    const parsed = await parseRawMessage(
      crlf([
        'From: rh@exemple.fr',
        'Subject: Candidature',
        'Content-Type: text/plain; charset=ISO-8859-1',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Nous avons d=E9cid=E9 de ne pas donner suite =E0 votre candidature, =',
        'malgr=E9 vos qualit=E9s.',
      ]),
    );
    expect(parsed.text.trim()).toBe(
      'Nous avons décidé de ne pas donner suite à votre candidature, malgré vos qualités.',
    );
  });

  it('decodes base64 UTF-8 bodies', async () => {
    const body = 'Leider müssen wir Ihnen mitteilen … 🙏';
    const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(body)));
    const parsed = await parseRawMessage(
      crlf([
        'From: hr@firma.de',
        'Subject: Ihre Bewerbung',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        encoded,
      ]),
    );
    expect(parsed.text.trim()).toBe(body);
  });

  it('decodes RFC 2047 encoded words in ISO-8859-1 and UTF-8 headers', async () => {
    const parsed = await parseRawMessage(
      crlf([
        'From: =?UTF-8?B?Sm9zw6kgR2FyY8OtYQ==?= <jose@empresa.es>',
        'Subject: =?ISO-8859-1?Q?Tu_candidatura_para_Dise=F1ador?=',
        '',
        'Hola',
      ]),
    );
    expect(parsed.from).toBe('José García <jose@empresa.es>');
    expect(parsed.subject).toBe('Tu candidatura para Diseñador');
  });

  it('reads 8-bit ISO-8859-1 bytes given as an ArrayBuffer', async () => {
    const raw =
      'From: a@b.fr\nSubject: Re\u00e7u\nContent-Type: text/plain; charset=iso-8859-1\n\nD\u00e9j\u00e0 vu\n';
    const parsed = await parseRawMessage(latin1ToBytes(raw));
    expect(parsed.text.trim()).toBe('Déjà vu');
  });

  it('keeps the group name when the sender is an address group', async () => {
    const parsed = await parseRawMessage('From: Recruiting: ana@acme.com;\nSubject: s\n\nbody\n');
    expect(parsed.from).toBe('Recruiting <ana@acme.com>');
  });

  it('rejects empty input, input with nothing readable and bodies that did not decode', async () => {
    await expect(parseRawMessage('')).rejects.toThrow('empty message');
    await expect(parseRawMessage(new ArrayBuffer(0))).rejects.toThrow('empty message');
    await expect(parseRawMessage('\u0000\u0001\u0002 binary')).rejects.toThrow('not a mail message');
    const brokenBase64 = crlf([
      'From: a@b.c',
      'Subject: s',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      '//79/v/+/f7//v3+//79/v/+/f7//v3+//79/v/+/f7/',
    ]);
    await expect(parseRawMessage(brokenBase64)).rejects.toThrow('could not be decoded');
  });

  it('passes a postal-mime refusal on as a readable error', async () => {
    const deep = `From: a@b.c\n${'Content-Type: multipart/mixed; boundary=x\n\n--x\n'.repeat(300)}`;
    await expect(parseRawMessage(deep)).rejects.toThrow(/^cannot decode message: /);
  });
});
