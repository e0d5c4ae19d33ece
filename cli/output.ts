import type { Verdict } from '../detector/types';

/**
 * One output line. Every key is always there (null when the detector found nothing) so the lines can be read as
 * a table; the score is rounded because more digits only add noise.
 */
export function verdictLine(id: string, verdict: Verdict): string {
  return JSON.stringify({
    id,
    rejection: verdict.rejection,
    score: Math.round(verdict.score * 1000) / 1000,
    kind: verdict.kind,
    company: verdict.company ?? null,
    role: verdict.role ?? null,
    recruiter: verdict.recruiter ?? null,
    reasons: verdict.reasons,
  });
}
