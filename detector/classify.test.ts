import { describe, expect, it } from 'vitest';
import { classifying, toSentence } from './classify';
import { detect } from './index';
import { pickLanguage } from './language';
import { PHRASE_SETS } from './phrases';
import { splitSentences } from './sentences';
import { allAtOnce } from './steps';

/**
 * A role filled or closed is news for the reader only when the mail speaks of their own application; the same words
 * alone open a recruiter's pitch or a careers page's note. The reader's portfolio or CV, in each language, is such a
 * sign.
 */
describe('a role gone, told to the reader who sent their work', () => {
  const studio = (from: string, subject: string, text: string) => detect({ from, subject, text });

  it.each([
    [
      'jobs@studiokade.nl',
      'Vacature Grafisch Ontwerper',
      'Beste Sam,\n\nDank voor je portfolio. De vacature is gesloten. Succes!',
    ],
    [
      'jobs@studiokai.de',
      'Stelle Grafikdesigner',
      'Hallo Sam,\n\ndanke für Ihr Portfolio. Die Stelle ist bereits besetzt.',
    ],
    [
      'jobs@studioquai.fr',
      'Poste graphiste',
      'Bonjour Sam,\n\nMerci pour votre portfolio. Le poste est déjà pourvu.',
    ],
    [
      'empleo@estudiomuelle.es',
      'Puesto diseñador',
      'Hola Sam,\n\nGracias por tu portafolio. El puesto ya ha sido cubierto.',
    ],
    [
      'vagas@estudiocais.com.br',
      'Vaga designer',
      'Olá Sam,\n\nObrigado pelo seu portfólio. A vaga já foi preenchida.',
    ],
    [
      'vagas@estudiocais.pt',
      'Vaga designer',
      'Olá Sam,\n\nObrigado pela tua candidatura. A vaga já foi preenchida.',
    ],
    [
      'jobs@studiokai.at',
      'Stelle Grafikdesigner',
      'Hallo Sam,\n\ndanke für deinen Lebenslauf. Die Stelle ist aber bereits besetzt.',
    ],
    [
      'jobs@studioquay.co.uk',
      'Graphic Designer',
      'Hi Sam,\n\nThanks for your portfolio. The Graphic Designer role has been filled.',
    ],
  ])('is a rejection when the mail thanks the reader for their work (%s)', (from, subject, text) => {
    expect(studio(from, subject, text)).toMatchObject({ rejection: true, kind: 'rejection' });
  });

  it.each([
    [
      'jobs@studiokade.nl',
      'Vacature Grafisch Ontwerper',
      'Beste Sam,\n\nDe vacature is gesloten. Bekijk onze andere vacatures op de website.',
    ],
    [
      'jobs@studiokai.de',
      'Stelle Grafikdesigner',
      'Hallo Sam,\n\nDie Stelle ist bereits besetzt. Schauen Sie sich unsere anderen Stellen an.',
    ],
    [
      'jobs@studioquai.fr',
      'Poste graphiste',
      'Bonjour Sam,\n\nLe poste est déjà pourvu. Découvrez nos autres offres.',
    ],
    [
      'empleo@estudiomuelle.es',
      'Puesto diseñador',
      'Hola Sam,\n\nEl puesto ya ha sido cubierto. Mira nuestras otras ofertas.',
    ],
    [
      'vagas@estudiocais.com.br',
      'Vaga designer',
      'Olá Sam,\n\nA vaga já foi preenchida. Veja nossas outras vagas.',
    ],
  ])('is no rejection when nothing speaks of the reader (%s)', (from, subject, text) => {
    expect(studio(from, subject, text).rejection).toBe(false);
  });

  it("does not read a call to apply with a portfolio, below a filled role in a job alert, as the reader's own work", () => {
    const verdict = detect({
      from: 'Jobs <alerts@designjobsboard.com>',
      subject: 'Designer roles this week',
      text: 'Hi Sam,\n\nThe Junior Designer role at Studio Quay has been filled.\n\nSimilar roles you may like:\nMidweight Designer – Fold Studio – Leeds\n\nApply with your portfolio in one click.',
    });
    expect(verdict.rejection).toBe(false);
  });

  it('hears a role cancelled after the rounds the reader went through', () => {
    const text = (after: string) =>
      `Hi Tom,\n\nA quick update: we've had to cancel the People Partner role, as two clients paused their contracts.${after}\n\nPriya`;
    const from = 'Priya Natarajan <priya.natarajan@oakstonepeople.com>';
    const subject = 'Update re: the People Partner role';
    expect(detect({ from, subject, text: text(" I'm sorry this comes after three rounds.") }).rejection).toBe(
      true,
    );
    expect(detect({ from, subject, text: text('') }).rejection).toBe(false);
  });
});

/**
 * A portal's notice that only says the status changed and where to read it carries no news in any language: the
 * tables settle it, so that the learned likelihood, swayed by its job words, cannot turn it into a rejection.
 */
describe('a bare "your status has changed" notice, in five more languages', () => {
  const classified = (text: string) => {
    const subject = 'Update';
    const set = pickLanguage(`${subject}\n${text}`, PHRASE_SETS);
    const sentences = [subject, ...splitSentences(text)].map(toSentence);
    const context = {
      viaPlatform: true,
      hiringAddress: false,
      personalAddress: false,
      subject,
      senderName: '',
    };
    return allAtOnce(classifying(sentences, context, set));
  };

  it.each([
    [
      'Der Status Ihrer Bewerbung als Lagerlogistiker (m/w/d) hat sich geändert.',
      'Bitte melden Sie sich im Bewerberportal an, um den aktuellen Stand zu sehen.',
      'Leider haben wir uns für eine andere Kandidatin entschieden.',
    ],
    [
      'Le statut de votre candidature au poste de gestionnaire de paie a été mis à jour.',
      'Connectez-vous à votre espace candidat pour le consulter.',
      'Malheureusement, nous avons retenu une autre candidature que la vôtre.',
    ],
    [
      'El estado de tu candidatura para el puesto de auxiliar administrativo ha cambiado.',
      'Accede a tu área de candidato para ver los detalles.',
      'Lamentablemente, hemos decidido continuar con otros candidatos.',
    ],
    [
      'De status van je sollicitatie voor de functie van magazijnmedewerker is gewijzigd.',
      'Log in op het kandidatenportaal om de nieuwe status te bekijken.',
      'Helaas hebben we gekozen voor een andere kandidaat.',
    ],
    [
      'Houve uma atualização no seu processo seletivo para a vaga de analista contábil.',
      'Acesse sua conta no portal do candidato para ver o novo status.',
      'Infelizmente, optamos por seguir com outros candidatos.',
    ],
  ])('is settled as no news: %s', (changed, portal, decision) => {
    expect(classified(`${changed}\n\n${portal}`)).toMatchObject({ kind: 'other', settled: true });
    // The same notice saying the no itself is one.
    expect(classified(`${changed}\n\n${decision}\n\n${portal}`).kind).toBe('rejection');
  });
});
