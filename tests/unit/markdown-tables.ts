/**
 * Every `code` in the first cell of the tables under a markdown heading (e.g. `## Permissions`), up to the next
 * `## ` heading: what that section's tables name, row by row. Code in prose or in other cells is not counted.
 */
export function firstCellCodes(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const rest = markdown.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n## |$/));
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
}

/**
 * Every `code` in the paragraph under a heading that starts with `Not asked for:`: what that section says is not
 * requested. Empty when there is no such paragraph.
 */
export function notAskedFor(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const rest = markdown.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n## |$/));
  const paragraph = section.split('\n\n').find((each) => each.trimStart().startsWith('Not asked for:')) ?? '';
  return [...paragraph.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
}
