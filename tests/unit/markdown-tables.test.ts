import { describe, expect, it } from 'vitest';
import { firstCellCodes, notAskedFor } from './markdown-tables';

describe('the code in the first cell of a section’s tables', () => {
  const markdown = [
    '# Extension',
    '## Permissions',
    'Not asked for: `tabs`.',
    '| Permission | Why |',
    '| --- | --- |',
    '| `storage` | Settings. Unlike `cookies`. |',
    '| `https://a.example/*`, `https://b.example/*` | Two sites. |',
    '## Next',
    '| `alarms` | Elsewhere. |',
  ].join('\n');

  it('takes each code of the first cells, not the prose or the other cells, and stops at the next section', () => {
    expect(firstCellCodes(markdown, '## Permissions')).toEqual([
      'storage',
      'https://a.example/*',
      'https://b.example/*',
    ]);
  });

  it('finds nothing under a heading that is not there', () => {
    expect(firstCellCodes(markdown, '## Permission')).toEqual([]);
  });
});

describe('what a section says is not asked for', () => {
  const markdown = [
    '# Extension',
    '## Permissions',
    '| `storage` | Settings. |',
    '',
    'Not asked for: `tabs`, or `<all_urls>`',
    '(any host), `cookies`.',
    '',
    'Also `alarms` elsewhere.',
    '## Next',
    'Not asked for: `history`.',
  ].join('\n');

  it("takes each code of the section's own paragraph, across its lines, and nothing else", () => {
    expect(notAskedFor(markdown, '## Permissions')).toEqual(['tabs', '<all_urls>', 'cookies']);
    expect(notAskedFor(markdown, '## Elsewhere')).toEqual([]);
  });
});
