import { describe, expect, it } from 'vitest';
import {
  addOwnStep,
  checklistFrom,
  cleanSteps,
  moveStep,
  ownStepId,
  removeStep,
  renameStep,
} from './checklist-steps';
import { DEFAULT_PREFERENCES } from './preferences';

const steps = [{ id: 'resume' }, { id: 'own-a', text: 'Call Sam' }, { id: 'reflect' }];

describe('the default checklist', () => {
  it('gives each new rejection an unticked copy, own wording kept', () => {
    const copy = checklistFrom(steps);
    expect(copy).toEqual([
      { id: 'resume', done: false },
      { id: 'own-a', text: 'Call Sam', done: false },
      { id: 'reflect', done: false },
    ]);
    copy[0] = { id: 'resume', done: true };
    expect(checklistFrom(steps)[0]).toEqual({ id: 'resume', done: false });
  });

  it('starts as the six built-in steps', () => {
    expect(checklistFrom(DEFAULT_PREFERENCES.checklistSteps).map((step) => step.id)).toEqual([
      'resume',
      'coverLetter',
      'learnSkill',
      'reachOut',
      'community',
      'reflect',
    ]);
  });

  it('moves a step up or down, and not past either end', () => {
    expect(moveStep(steps, 1, -1).map((step) => step.id)).toEqual(['own-a', 'resume', 'reflect']);
    expect(moveStep(steps, 1, 1).map((step) => step.id)).toEqual(['resume', 'reflect', 'own-a']);
    expect(moveStep(steps, 0, -1)).toEqual(steps);
    expect(moveStep(steps, 2, 1)).toEqual(steps);
  });

  it('renames a step; an emptied built-in step goes back to its own label, an own step keeps its words', () => {
    expect(renameStep(steps, 'resume', '  Polish my  CV ')[0]).toEqual({
      id: 'resume',
      text: 'Polish my CV',
    });
    expect(renameStep([{ id: 'resume', text: 'Polish my CV' }], 'resume', ' ')).toEqual([{ id: 'resume' }]);
    expect(renameStep(steps, 'own-a', '')).toEqual(steps);
  });

  it('adds a step of the user’s own at the end, and nothing for blank words', () => {
    expect(addOwnStep(steps, ' Walk the dog ', 'own-b').at(-1)).toEqual({
      id: 'own-b',
      text: 'Walk the dog',
    });
    expect(addOwnStep(steps, '  ', 'own-b')).toEqual(steps);
  });

  it('removes a step, built-in or own', () => {
    expect(removeStep(removeStep(steps, 'resume'), 'own-a')).toEqual([{ id: 'reflect' }]);
  });

  it('makes a new id for every own step', () => {
    expect(ownStepId()).not.toBe(ownStepId());
    expect(ownStepId()).toMatch(/^own-/);
  });

  it('cleans a list before it is kept: unique ids, tidy words, own steps with words', () => {
    expect(
      cleanSteps([
        { id: 'resume', text: '  ' },
        { id: 'resume', text: 'Again' },
        { id: 'own-a', text: '' },
        { id: '', text: 'No id' },
        { id: 'own-b', text: ' Call  Sam ' },
      ]),
    ).toEqual([{ id: 'resume' }, { id: 'own-b', text: 'Call Sam' }]);
  });
});
