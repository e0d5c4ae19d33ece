import { describe, expect, it } from 'vitest';
import { DEFAULT_STEP_IDS, defaultChecklist } from '@/storage/defaults';
import { englishMessage } from '@/tests/setup/unit';
import { checklistProgress, stepLabel } from './checklist';
import type { Translate } from './translate';

const t = englishMessage as Translate;

describe('stepLabel', () => {
  it('gives every default step its translated label', () => {
    const labels = defaultChecklist().map((step) => stepLabel(step, t));
    expect(labels).toHaveLength(DEFAULT_STEP_IDS.length);
    expect(labels[0]).toBe('Update your resume');
    for (const label of labels) expect(label).not.toBe('');
  });

  it("prefers the user's own wording", () => {
    expect(stepLabel({ id: 'resume', text: 'Rewrite the summary', done: false }, t)).toBe(
      'Rewrite the summary',
    );
    expect(stepLabel({ id: 'custom-1', text: 'Call Sam', done: false }, t)).toBe('Call Sam');
  });
});

describe('checklistProgress', () => {
  it('counts the ticked steps', () => {
    const checklist = defaultChecklist().map((step, index) => ({ ...step, done: index % 2 === 0 }));
    expect(checklistProgress(checklist)).toEqual({ done: 3, total: 6 });
    expect(checklistProgress([])).toEqual({ done: 0, total: 0 });
  });
});
