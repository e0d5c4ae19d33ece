import { describe, expect, it } from 'vitest';
import { parseSender } from './sender';

describe('parseSender', () => {
  it('reads display name and address', () => {
    expect(parseSender('"Jane Doe" <Jane@Acme.com>')).toMatchObject({
      name: 'Jane Doe',
      address: 'jane@acme.com',
      local: 'jane',
      domain: 'acme.com',
      noReply: false,
    });
    expect(parseSender('jane@acme.com')).toMatchObject({ name: '', address: 'jane@acme.com' });
    expect(parseSender('Acme Careers')).toMatchObject({ name: 'Acme Careers', address: '' });
  });

  it('recognises no-reply addresses', () => {
    for (const from of [
      'no-reply@acme.com',
      'noreply@x.io',
      'do-not-reply@x.io',
      'jobs-noreply@linkedin.com',
      'careers-noreply@acme.com',
      'notifications@x.io',
      'notificacoes@ats.com.br',
      'notificaciones@ats.es',
    ]) {
      expect(parseSender(from).noReply, from).toBe(true);
    }
    expect(parseSender('jane.doe@acme.com').noReply).toBe(false);
  });

  it('knows applicant tracking systems and job boards that relay decisions', () => {
    expect(parseSender('Acme <no-reply@us.greenhouse-mail.io>').platform).toEqual({
      name: 'Greenhouse',
      relay: false,
    });
    expect(parseSender('acme@myworkday.com').platform?.name).toBe('Workday');
    expect(parseSender('x@hire.lever.co').platform?.name).toBe('Lever');
    expect(parseSender('LinkedIn <jobs-noreply@linkedin.com>').platform).toEqual({
      name: 'LinkedIn',
      relay: true,
    });
    expect(parseSender('Indeed <no-reply@indeed.com>').platform?.relay).toBe(true);
    expect(parseSender('jane@acme.com').platform).toBeUndefined();
    expect(parseSender('Handshake <notifications@joinhandshake.com>').platform?.relay).toBe(true);
    expect(parseSender('Computrabajo <avisos@computrabajo.com.co>').platform?.relay).toBe(true);
    expect(parseSender('+1 (614) 555-0188 <sms-forward@textnow.me>').platform?.relay).toBe(true);
    expect(parseSender('Klinik <noreply@dvinci-easy.com>').platform?.relay).toBe(false);
  });

  it('knows public job boards and no-reply addresses in other languages', () => {
    for (const from of ['noreply@jobs.nhs.uk', 'no-reply@usajobs.gov', 'reed@reed.co.uk'])
      expect(parseSender(from).platform?.relay, from).toBe(true);
    expect(parseSender('naoresponda@gupy.com.br')).toMatchObject({
      noReply: true,
      platform: { relay: false },
    });
    expect(parseSender('ward@trust.nhs.uk').platform).toBeUndefined();
  });

  it("knows public and national job boards that relay an employer's decision", () => {
    for (const from of ['noreply@jobat.be', 'ne-pas-repondre@francetravail.fr', 'nao-responda@vagas.com.br'])
      expect(parseSender(from).platform?.relay, from).toBe(true);
    expect(parseSender('notificacoes@solides.com.br').platform?.relay).toBe(false);
  });

  it('knows the addresses JazzHR sends from', () => {
    for (const from of ['notifications@app.jazz.co', 'noreply@cobaltridge.jazz.co'])
      expect(parseSender(from).platform?.name, from).toBe('JazzHR');
    expect(parseSender('hello@jazzclub.co').platform).toBeUndefined();
  });

  it('knows the tracking systems employers in Europe and school districts send from', () => {
    for (const from of [
      'recruiting@ekh.dvinci-hr.com',
      'bewerbung@caritas.rexx-systems.com',
      'jobs@stadtwerke.concludis.de',
      'empleo@hotel.bizneo.com',
      'rh@clinique.flatchr.io',
      'applicants@frontline-ed.com',
    ])
      expect(parseSender(from).platform?.relay, from).toBe(false);
    expect(parseSender('hr@rexx-bakery.com').platform).toBeUndefined();
  });

  it('reads a French competition mailbox as a hiring team', () => {
    expect(parseSender('concours@grandlyon.com').hiring).toBe(true);
  });
});
