// This repository's own Storybook must pass the audit. The test command builds it first and audits it in all three
// themes before Vitest starts; here one theme proves the CLI on a real Storybook without doing that work twice
// while the browser tests share the cores.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { exitCodes } from './summary.js';

const storybook = join(import.meta.dirname, '..', '..', '..', 'storybook-static');
const built = existsSync(join(storybook, 'index.json'));

describe('samspill-audit storybook on this repository’s Storybook', () => {
  it.skipIf(!built)(
    built
      ? 'finds no WCAG 2.2 A or AA violation in any story (light theme)'
      : 'skipped: storybook-static/index.json is missing (run `pnpm build-storybook` first)',
    async () => {
      const stdout: string[] = [];
      const code = await main(['storybook', storybook, '--themes', 'light', '--quiet'], {
        stdout: (line) => stdout.push(line),
        stderr: () => {},
      });
      // On failure, the summary says which story, theme and rule.
      expect({ code, summary: code === exitCodes.clean ? 'clean' : stdout.join('\n') }).toEqual({
        code: exitCodes.clean,
        summary: 'clean',
      });
      expect(stdout.join('\n')).toMatch(/PASSED: no violations at or above "minor"\./);
    },
    600_000,
  );
});
