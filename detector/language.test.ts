import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language';
import { PHRASE_SETS } from './phrases';

describe('pickLanguage', () => {
  it('falls back on English for text too short to tell', () => {
    expect(pickLanguage('', PHRASE_SETS).lang).toBe('en');
    expect(pickLanguage('Acme', PHRASE_SETS).lang).toBe('en');
  });

  it.each([
    ['en', 'Thank you for your application and your interest in the role.'],
    ['de', 'Vielen Dank für Ihre Bewerbung, leider können wir Ihnen keine Zusage geben.'],
    ['fr', 'Nous vous remercions pour votre candidature et sommes au regret de ne pas donner suite.'],
    ['es', 'Gracias por tu interés en el puesto, lamentablemente hemos decidido no continuar.'],
    ['nl', 'Bedankt voor je sollicitatie, helaas gaan we niet verder met jou.'],
    ['pt', 'Obrigado pelo seu interesse na vaga, infelizmente não seguiremos com a sua candidatura.'],
    [
      'es',
      'Le comunicamos que, una vez valorados los méritos, no ha resultado seleccionado para la plaza de Auxiliar.',
    ],
    ['nl', 'Helaas is de vacature inmiddels vervuld.'],
    // Informal French shares "te" and "tu" with Spanish; its articles and prepositions tell them apart.
    [
      'fr',
      'Salut Inès, on a le plaisir de te proposer le poste chez Atelier Lumière ! On a hâte de travailler avec toi.',
    ],
    // A short, informal Spanish note without an article: its greeting and "ya", "otro", "pero" tell it.
    ['es', 'Hola Irene, al final cogimos a otra chica que ya conocíamos. Suerte!'],
    ['es', 'Hola, ya no buscamos a nadie pero gracias!'],
  ])('recognises %s', (lang, text) => {
    expect(pickLanguage(text, PHRASE_SETS).lang).toBe(lang);
  });
});
