import { describe, expect, it } from 'vitest';
import { roleFromSubjectPieces, roleInText, tidyRole } from './role';

describe('roleInText', () => {
  it.each([
    ['Thank you for applying for the Senior Data Engineer position at Acme.', 'Senior Data Engineer'],
    ['Thank you for your application for the position of Library Assistant I.', 'Library Assistant I'],
    ['We filled the UX Researcher role last week.', 'UX Researcher'],
    ['vielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d) bei uns.', 'Konstrukteur'],
    ['Merci pour votre candidature au poste de Contrôleur de gestion.', 'Contrôleur de gestion'],
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
  });

  it('drops emoji, quotes and articles', () => {
    expect(tidyRole('the “Product Designer” 🌱')).toBe('Product Designer');
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
