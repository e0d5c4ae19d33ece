import { describe, expect, test } from 'vitest';
import { foldStatus, isDeclined, statusFit } from './vocabulary';

const DECLINED = {
  en: [
    'Not selected by employer',
    'Not Selected',
    'No Longer Under Consideration',
    'No longer being considered',
    'Not moving forward',
    'Rejected',
    'Declined',
    'Application declined',
    'Unsuccessful',
    'Application unsuccessful',
    'Position Filled',
    'Job has been filled',
    'Candidacy closed',
    'Status: Not selected',
  ],
  de: [
    'Nicht ausgewählt',
    'Vom Arbeitgeber nicht ausgewählt',
    'Nicht vom Arbeitgeber ausgewählt',
    'Wird nicht mehr berücksichtigt',
    'Abgelehnt',
    'Absage',
    'Stelle bereits besetzt',
  ],
  fr: [
    'Non retenu',
    "Non retenue par l'employeur",
    'Non sélectionné',
    'Candidature refusée',
    "N'est plus à l'étude",
    'Poste pourvu',
  ],
  es: [
    'No seleccionado',
    'No seleccionada por el empleador',
    'Rechazada',
    'Descartado',
    'Ya no está en consideración',
    'Ya no se está considerando',
    'Puesto cubierto',
  ],
  nl: [
    'Niet geselecteerd',
    'Niet geselecteerd door werkgever',
    'Afgewezen',
    'Niet langer in overweging',
    'Vacature vervuld',
  ],
  pt: [
    'Não selecionado',
    'Não selecionada pelo empregador',
    'Reprovado',
    'Candidatura recusada',
    'Não está mais em consideração',
    'Vaga preenchida',
  ],
};

const NOT_DECLINED = {
  'the candidate’s own step': [
    'Application withdrawn',
    'Withdrawn',
    'No longer interested',
    'Offer declined',
    'Declined offer',
    'Zurückgezogen',
    'Candidature retirée',
    'Candidatura retirada',
    'Ingetrokken',
  ],
  'nothing decided yet': [
    'Applied',
    'Application viewed',
    'Application submitted',
    'In Review',
    'Under Consideration',
    'Interviewing',
    'Offer received',
    'Hired',
    'In Prüfung',
    'En cours d’examen',
    'En revisión',
    'In behandeling',
    'Em análise',
  ],
  'nothing decided about the candidate': [
    'Inactive',
    'Archived',
    'Closed',
    'Job posting closed',
    'Job expired',
  ],
};

describe('isDeclined', () => {
  test.each(Object.entries(DECLINED))('recognises a decision in %s', (_, statuses) => {
    for (const status of statuses) expect(isDeclined(status), status).toBe(true);
  });

  test.each(Object.entries(NOT_DECLINED))('leaves out %s', (_, statuses) => {
    for (const status of statuses) expect(isDeclined(status), status).toBe(false);
  });
});

describe('statusFit', () => {
  test('knows every status word, decided or not, alone or with a date or note after it', () => {
    for (const status of [...Object.values(DECLINED), ...Object.values(NOT_DECLINED)].flat())
      expect(statusFit(status), status).toBe('exact');
    for (const status of [
      'Applied on Mar 5, 2024',
      'Applied 3 days ago',
      'Not Selected · Mar 5',
      'Rejected (auto)',
    ])
      expect(statusFit(status), status).toBe('noted');
  });

  test('does not take job titles, headings or buttons for a status', () => {
    for (const text of [
      'Applied Scientist',
      'Offer Manager',
      'Closed Captioning Editor',
      'Status',
      'Date Submitted',
      'Withdraw',
      'Update status',
      'Senior Product Designer',
      `${'Not selected '.repeat(10)}`,
    ])
      expect(statusFit(text), text).toBeUndefined();
  });
});

test('folding drops case, accents and punctuation', () => {
  expect(foldStatus('  Não  selecionado(a)! ')).toBe('nao selecionado a');
  expect(foldStatus("N'est plus à l'étude")).toBe('n est plus a l etude');
});
