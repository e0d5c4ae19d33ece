import { describe, expect, it } from 'vitest';
import type { CorpusExpectation } from './corpus';
import {
  countOutcomes,
  normaliseCompany,
  normaliseRole,
  type Outcome,
  sameCompany,
  sameRole,
  summarise,
} from './metrics';

const rejection = (company?: string, role?: string): CorpusExpectation => ({
  rejection: true,
  kind: 'rejection',
  company,
  role,
});
const acknowledgement: CorpusExpectation = { rejection: false, kind: 'acknowledgement' };

function outcome(
  expected: CorpusExpectation,
  flagged: boolean,
  extra: Partial<Outcome['verdict']> = {},
): Outcome {
  return { expected, verdict: { rejection: flagged, kind: flagged ? 'rejection' : 'other', ...extra } };
}

describe('company names', () => {
  it('ignore case, punctuation and legal forms', () => {
    expect(normaliseCompany('Oakridge Logistics, Inc.')).toBe('oakridge logistics');
    expect(normaliseCompany('Quillstone Software GmbH')).toBe('quillstone software');
    expect(normaliseCompany('Van der Berg Installatietechniek B.V.')).toBe(
      'van der berg installatietechniek',
    );
    expect(normaliseCompany('Rheinwerk Logistik GmbH & Co. KG')).toBe('rheinwerk logistik');
    expect(sameCompany('Tecnova Soluciones S.L.', 'tecnova soluciones')).toBe(true);
  });

  it('keep ampersands, inner words and a name that is only a legal-looking word', () => {
    expect(sameCompany('Harbor & Main', 'Harbor and Main')).toBe(true);
    expect(sameCompany('Harbor & Main', 'Harbor')).toBe(false);
    expect(sameCompany('Sable & Co.', 'Sable')).toBe(true);
    expect(normaliseCompany('SE')).toBe('se');
  });

  it('keep letters outside ASCII', () => {
    expect(sameCompany('Alpenglühen Software GmbH', 'ALPENGLÜHEN SOFTWARE')).toBe(true);
    expect(sameCompany('Alpenglühen Software', 'Alpengluhen Software')).toBe(false);
  });

  it('never match a missing value', () => {
    expect(sameCompany('Acme', undefined)).toBe(false);
  });
});

describe('role titles', () => {
  it('ignore case, punctuation and gender markers', () => {
    expect(normaliseRole('Konstrukteur (m/w/d)')).toBe('konstrukteur');
    expect(sameRole('Research Associate, Protein Sciences', 'research associate protein sciences')).toBe(
      true,
    );
    expect(sameRole('Infirmier(ère) de bloc', 'Infirmier(ère) de bloc')).toBe(true);
  });

  it('still tell different titles apart', () => {
    expect(sameRole('Data Analyst II', 'Data Analyst')).toBe(false);
    expect(sameRole('Data Analyst', undefined)).toBe(false);
  });
});

describe('counting outcomes', () => {
  it('sorts each message into exactly one cell', () => {
    const counts = countOutcomes([
      outcome(rejection('A'), true),
      outcome(rejection('B'), false),
      outcome(acknowledgement, true),
      outcome(acknowledgement, false),
      outcome(acknowledgement, false),
    ]);
    expect(counts).toEqual({
      total: 5,
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 2,
    });
  });
});

describe('summary', () => {
  it('computes precision, recall and F1', () => {
    const summary = summarise([
      outcome(rejection('A'), true),
      outcome(rejection('B'), true),
      outcome(rejection('C'), true),
      outcome(rejection('D'), false),
      outcome(acknowledgement, true),
      outcome(acknowledgement, false),
    ]);
    expect(summary.precision).toBeCloseTo(3 / 4);
    expect(summary.recall).toBeCloseTo(3 / 4);
    expect(summary.f1).toBeCloseTo(3 / 4);
  });

  it('reports no precision when nothing was flagged and no recall when nothing was there to find', () => {
    const quiet = summarise([outcome(rejection('A'), false), outcome(acknowledgement, false)]);
    expect(quiet.precision).toBeNull();
    expect(quiet.recall).toBe(0);
    expect(quiet.f1).toBeNull();
    const noRejections = summarise([outcome(acknowledgement, true)]);
    expect(noRejections.precision).toBe(0);
    expect(noRejections.recall).toBeNull();
  });

  it('gives F1 zero when precision and recall are both zero', () => {
    const summary = summarise([outcome(rejection('A'), false), outcome(acknowledgement, true)]);
    expect(summary.f1).toBe(0);
  });

  it('judges company and role only on caught rejections that name them', () => {
    const summary = summarise([
      outcome(rejection('Acme Inc.', 'Engineer'), true, { company: 'Acme', role: 'engineer' }),
      outcome(rejection('Borealis', 'Analyst'), true, { company: 'LinkedIn', role: 'Analyst' }),
      outcome(rejection('Cobalt'), true, { company: 'Cobalt', role: 'Anything' }),
      outcome(rejection('Missed Co', 'Missed role'), false),
      outcome(acknowledgement, true, { company: 'Noise' }),
    ]);
    expect(summary.company).toEqual({ checked: 3, correct: 2, accuracy: 2 / 3 });
    expect(summary.role).toEqual({ checked: 2, correct: 2, accuracy: 1 });
  });

  it('reports no field accuracy when nothing could be judged', () => {
    expect(summarise([outcome(acknowledgement, false)]).company).toEqual({
      checked: 0,
      correct: 0,
      accuracy: null,
    });
  });

  it('counts kind agreement over every message', () => {
    const summary = summarise([
      outcome(rejection('A'), true),
      outcome(acknowledgement, false, { kind: 'acknowledgement' }),
      outcome(acknowledgement, false, { kind: 'interview' }),
    ]);
    expect(summary.kind).toEqual({ checked: 3, correct: 2, accuracy: 2 / 3 });
  });
});
