import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTags, cleanWinLine, foldWinText, parsePastedWins } from './win-text';

describe('cleanWinLine', () => {
  it.each([
    ['- Shipped the app', 'Shipped the app'],
    ['  •   Ran a marathon ', 'Ran a marathon'],
    ['* [x] Finished the course', 'Finished the course'],
    ['3. Led the launch', 'Led the launch'],
    ['12) Spoke at a meetup', 'Spoke at a meetup'],
    ['(2) Mentored a junior', 'Mentored a junior'],
    ['b) Wrote the guide', 'Wrote the guide'],
    ['— Got a kind word from my lead', 'Got a kind word from my lead'],
    ['Cut build time   by half', 'Cut build time by half'],
  ])('strips the list marker from %j', (line, win) => {
    expect(cleanWinLine(line)).toBe(win);
  });

  it.each([
    '1.5x faster checkout after my rewrite',
    '**Promoted** in my first year',
    '3D printed the prototype',
    'A talk at PyCon',
  ])('keeps a line that only starts like a list: %j', (line) => {
    expect(cleanWinLine(line)).toBe(line);
  });

  it('leaves nothing of a marker alone on its line', () => {
    expect(cleanWinLine('  - ')).toBe('');
    expect(cleanWinLine('4.')).toBe('');
  });
});

describe('parsePastedWins', () => {
  it('adds one win per line, skipping blanks and repeats of saved wins or earlier lines', () => {
    const pasted = [
      '1. Shipped the app',
      '',
      '2. Ran a marathon.',
      '   ',
      '3. ran a  marathon',
      '- Mentored two juniors',
      '• Led the launch',
    ].join('\r\n');
    expect(parsePastedWins(pasted, ['Led the launch!'])).toEqual({
      toAdd: ['Shipped the app', 'Ran a marathon.', 'Mentored two juniors'],
      repeated: 2,
    });
  });

  it('has nothing to add from blank text', () => {
    expect(parsePastedWins('\n \n\t\n', [])).toEqual({ toAdd: [], repeated: 0 });
  });

  it('never adds a blank or a repeat, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 20 }),
        fc.array(fc.string(), { maxLength: 5 }),
        (lines, saved) => {
          const { toAdd, repeated } = parsePastedWins(lines.join('\n'), saved);
          const folded = toAdd.map(foldWinText);
          expect(toAdd.every((win) => win.trim() === win && win.length > 0)).toBe(true);
          expect(new Set(folded).size).toBe(folded.length);
          expect(folded.some((each) => saved.map(foldWinText).includes(each))).toBe(false);
          expect(toAdd.length + repeated).toBeLessThanOrEqual(lines.length);
        },
      ),
    );
  });
});

describe('cleanTags', () => {
  it('trims tags, drops a leading # and empty ones, and keeps the first spelling of a repeat', () => {
    expect(cleanTags([' #Launch ', 'team  work', '', '#', 'launch', 'TEAM WORK'])).toEqual([
      'Launch',
      'team work',
    ]);
  });

  it('keeps a tag short', () => {
    expect(cleanTags(['x'.repeat(100)])).toEqual(['x'.repeat(40)]);
  });
});
