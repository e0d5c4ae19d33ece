import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withNeedles } from './needles';

/** Every match of `re` in `text`, each start tried as extraction's loops do. */
function matches(re: { lastIndex: number; exec(text: string): RegExpExecArray | null }, text: string) {
  const found: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push([m.index, m[0]]);
    re.lastIndex = m.index + 1;
  }
  return found;
}

describe('withNeedles', () => {
  const plain = () => /\b(?:our|my) client,? ([A-Z]\w+)/g;
  const needled = withNeedles(['client'], plain());

  it('finds what the pattern finds, in text with and without its needles', () => {
    const texts = [
      'for our client Vinci and my client Acme',
      'no one here',
      'our client',
      'my client, Rolls',
    ];
    for (const text of texts) expect(matches(needled, text)).toEqual(matches(plain(), text));
    const words = fc.constantFrom('our', 'my', 'client', 'client,', 'Acme', 'Vinci', 'the', 'clients');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        expect(matches(needled, text)).toEqual(matches(plain(), text));
      }),
    );
  });

  it('takes a pattern as its needle and starts the next search afresh', () => {
    const named = withNeedles(/ at [A-Z]/, /\bjob at ([A-Z]\w+)/g);
    expect(named.exec('the job at Acme')?.[1]).toBe('Acme');
    expect(named.exec('the job at this time')).toBeNull();
    expect(named.lastIndex).toBe(0);
    expect(named.test('a job at Initech')).toBe(true);
  });
});
