import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireBrowser } from '../../scripts/browsers';
import { CHROME_BUILD } from '../../scripts/launch-chromium';
import { FIREFOX_BUILD } from '../../scripts/launch-firefox';

/** Fails fast, saying what is missing, before any browser is started. */
export default function checkPrerequisites(): void {
  const missing: string[] = [];
  for (const name of ['chromium', 'firefox'] as const) {
    try {
      requireBrowser(name);
    } catch (error) {
      missing.push((error as Error).message);
    }
  }
  for (const build of [CHROME_BUILD, FIREFOX_BUILD]) {
    if (!existsSync(join(build, 'manifest.json')))
      missing.push(`No extension build at ${build}: run \`npm run build\`.`);
  }
  if (missing.length > 0) throw new Error(`End-to-end tests cannot run:\n- ${missing.join('\n- ')}`);
}
