import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core itself, to evaluate in a page: extension pages' CSP refuses inline script tags. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA, and axe's best practices (landmarks, heading order…). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs in the page once `AXE_SOURCE` is there (Playwright and Puppeteer both send it over as its source, so it
 * uses nothing from outside): serious and critical findings inside `selector` (open shadow roots included), or
 * in the whole document for `null`, one line each: the rule and the elements it found.
 */
export async function seriousAxeFindings([selector, tags]: readonly [
  string | null,
  readonly string[],
]): Promise<string[]> {
  const { axe } = window as unknown as {
    axe: {
      run(
        context: Element | Document,
        options: object,
      ): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }>;
    };
  };
  const context = selector ? document.querySelector(selector) : document;
  if (!context) throw new Error(`Nothing to check: no ${selector}`);
  const { violations } = await axe.run(context, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: tags },
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' ')}`,
    );
}
