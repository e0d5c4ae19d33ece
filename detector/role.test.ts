import { describe, expect, it } from 'vitest';
import { roleFromSubjectPieces, roleInText, tidyRole } from './role';

describe('roleInText', () => {
  it.each([
    ['Thank you for applying for the Senior Data Engineer position at Acme.', 'Senior Data Engineer'],
    ['Thank you for your application for the position of Library Assistant I.', 'Library Assistant I'],
    ['We filled the UX Researcher role last week.', 'UX Researcher'],
    ['vielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d) bei uns.', 'Konstrukteur'],
    ['Merci pour votre candidature au poste de Contrôleur de gestion.', 'Contrôleur de gestion'],
    ['Merci pour votre candidature au poste de Soudeur(se) qualifié(e).', 'Soudeur(se) qualifié(e)'],
    ['danke für deine Bewerbung als UX Writer:in mit Schwerpunkt Produkt.', 'UX Writer:in'],
    [
      'We are hiring for the Senior QA Engineer (LATAM Remote) position.',
      'Senior QA Engineer (LATAM Remote)',
    ],
    ['Your application for Platform Engineer was viewed by Corvid.', 'Platform Engineer'],
    [
      'Queremos contarte que revisaron tu postulación para el aviso Asistente Contable.',
      'Asistente Contable',
    ],
    ['Thank you for your application\n\nDear Mr. Fischer, we regret.', undefined],
    [
      'Thank you for your application for the position "Collateral Analyst - Margin" (Job ID 8).',
      'Collateral Analyst - Margin',
    ],
    [
      'Thanks for your interest in the Senior Designer, Retail & Packaging role.',
      'Senior Designer, Retail & Packaging',
    ],
    ['Thanks for completing the final interview for Staff Data Engineer with us.', 'Staff Data Engineer'],
    ['Vacancy ref: 4471 - Research Fellow in Marine Ecology', 'Research Fellow in Marine Ecology'],
    ["Merci d'avoir postulé pour le rôle de Product Designer, et pour ton temps.", 'Product Designer'],
    [
      'Agradecemos sua participação no processo seletivo para Farmacêutico(a) Responsável na unidade.',
      'Farmacêutico(a) Responsável',
    ],
    [
      'la cobertura de dos plazas de Auxiliar Administrativo/a (Subgrupo C2), no ha superado',
      'Auxiliar Administrativo/a',
    ],
  ])('%s', (text, role) => {
    expect(roleInText(text)).toBe(role);
  });

  it('skips phrases that are not job titles', () => {
    expect(roleInText('Thank you for the time you invested in the role.')).toBeUndefined();
    expect(roleInText('Thank you for applying to Initech.')).toBeUndefined();
  });
});

describe('subjects and tidying', () => {
  it('takes the subject piece that is not the company', () => {
    expect(roleFromSubjectPieces('Ardoise Technologies – Développeur Backend', 'Ardoise Technologies')).toBe(
      'Développeur Backend',
    );
    expect(roleFromSubjectPieces('Barista', undefined)).toBe('Barista');
    expect(roleFromSubjectPieces('Update on your application', 'Acme')).toBeUndefined();
    // A vacancy's number is no role, and a piece naming a job goes first.
    expect(
      roleFromSubjectPieces('Ihre Bewerbung - Kennziffer 2026-88 - Konstrukteur Getriebebau', 'Brenner'),
    ).toBe('Konstrukteur Getriebebau');
    expect(roleFromSubjectPieces('Outcome - 312456 - Policy Advisor', undefined)).toBe('Policy Advisor');
    expect(roleFromSubjectPieces('Following up', 'Shopify')).toBeUndefined();
  });

  it('drops emoji, quotes and articles', () => {
    expect(tidyRole('the “Product Designer” 🌱')).toBe('Product Designer');
  });

  it.each([
    [
      'Thank you for applying to the Backend Engineer, Payments position at Quarry.',
      'Backend Engineer, Payments',
    ],
    ['Thank you for applying to Solutions Consultant, Public Sector.', 'Solutions Consultant, Public Sector'],
    ['Thank you for applying to Data Analyst, we will be in touch.', 'Data Analyst'],
    [
      'Thanks for your interest in joining Pellham as a Field Service Technician.',
      'Field Service Technician',
    ],
    ['Thank you for your application as KYC Analyst (Job-ID R031).', 'KYC Analyst'],
    ['Thank you for your interest in the Guest Advocate (Cashier) position.', 'Guest Advocate (Cashier)'],
    ['Thank you for your interest in the Engineer II (ID: 2589114) position.', 'Engineer II'],
    ['Thank you for applying for the Senior Experience Designer role.', 'Senior Experience Designer'],
    [
      'Thank you for your application for the position Process Engineer Coatings.',
      'Process Engineer Coatings',
    ],
    ['Bedankt voor je sollicitatie op de functie Data Scientist en je interesse.', 'Data Scientist'],
    ['Job Title Payroll Administrator', 'Payroll Administrator'],
    ['Job title: Band 5 Staff Nurse - Acute Medicine', 'Band 5 Staff Nurse'],
    ['Leuk dat je bij ons wilt werken als Planning Medewerker!', 'Planning Medewerker'],
    ['Merci pour votre candidature au poste de Conseillère de vente à Bordeaux.', 'Conseillère de vente'],
    ['Thank you for applying for our Tax Graduate programme in Leeds.', 'Tax Graduate'],
    ['We cannot offer you a place on the Future Leaders Programme this year.', 'Future Leaders Programme'],
  ])('reads %s', (text, role) => {
    expect(roleInText(text)).toBe(role);
  });

  it('refuses sentence fragments in front of a job noun', () => {
    expect(
      roleInText('We keep your information on file and may reach out if a role opens up.'),
    ).toBeUndefined();
    expect(roleInText('Contact the recruiting manager named in the job advert.')).toBeUndefined();
  });

  it('drops the company in front of a title in the subject and skips status words', () => {
    expect(roleFromSubjectPieces('Halcott Operations Analyst', 'Halcott')).toBe('Operations Analyst');
    expect(roleFromSubjectPieces('Application Outcome - Shell', 'Shell')).toBeUndefined();
    expect(roleFromSubjectPieces('Thornbury - Outcome', 'Thornbury')).toBeUndefined();
    expect(roleFromSubjectPieces('Brindleway / Content Designer', 'Brindleway')).toBe('Content Designer');
    expect(roleFromSubjectPieces('Creative Director role update', 'Sable')).toBe('Creative Director');
  });
});

describe('tidyRole', () => {
  it('drops every pictograph, whether or not it is outside the Basic Multilingual Plane', () => {
    const pictographs = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
      (char) => /^\p{Extended_Pictographic}$/u.test(char),
    );
    for (const emoji of [...pictographs, '🌱', '👩‍💻', '❤️'])
      expect(tidyRole(`Barista ${emoji}`), `Barista ${emoji}`).toBe('Barista');
  });
});
