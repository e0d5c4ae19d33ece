import type { BrowserContext, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
}

/**
 * Every uncaught error and every console error or warning in a page, in all its worlds: the page's own and each
 * content script's isolated world (which `page.on('pageerror')` alone does not fully cover), each line tagged with
 * the world it came from. Debug and info messages are not problems.
 */
export async function recordPageProblems(context: BrowserContext, page: Page): Promise<string[]> {
  const problems: string[] = [];
  const worlds = new Map<number, string>();
  const world = (id: number | undefined) => (id === undefined ? 'page' : (worlds.get(id) ?? `world ${id}`));
  const session = await context.newCDPSession(page);
  session.on('Runtime.executionContextCreated', ({ context: created }: { context: ExecutionContext }) => {
    worlds.set(created.id, created.name || created.origin);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const description = exceptionDetails.exception?.description ?? exceptionDetails.text;
    problems.push(`${world(exceptionDetails.executionContextId)}: uncaught ${description}`);
  });
  session.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
    const text = args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    problems.push(`${world(executionContextId)}: console.${type} ${text}`);
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' || entry.level === 'warning')
      problems.push(`browser (${entry.source}): ${entry.level} ${entry.text} ${entry.url ?? ''}`.trim());
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  return problems;
}
