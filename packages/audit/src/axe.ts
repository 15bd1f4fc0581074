import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The tags run by default: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const defaultTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let cachedSource: string | undefined;

/** axe-core's browser build, read once, to inject into each page. */
export function axeSource(): string {
  cachedSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return cachedSource;
}

let cachedVersion: string | undefined;

/** The version of axe-core that runs the checks, for the reports. */
export function axeVersion(): string {
  cachedVersion ??= (require('axe-core/package.json') as { version: string }).version;
  return cachedVersion;
}

let cachedRules: { ruleId: string; tags: string[] }[] | undefined;

/** axe-core's rules and their tags, read in Node from the same axe-core that runs in the pages. */
export function axeRules(): { ruleId: string; tags: string[] }[] {
  cachedRules ??= (require('axe-core') as { getRules: () => { ruleId: string; tags: string[] }[] })
    .getRules()
    .map(({ ruleId, tags }) => ({ ruleId, tags }));
  return cachedRules;
}
