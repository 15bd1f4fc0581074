// Stories audited per minute by samspill-audit on this repository's Storybook (storybook-static/, from `pnpm build-storybook`).
// Run: pnpm exec vitest bench --run test/bench
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { auditStorybook, type AuditReport } from '@samspill/audit';

// The themes of the CLI's default run.
const themes = ['light', 'dark', 'high-contrast'];

const storybook = join(import.meta.dirname, '..', '..', 'storybook-static');
const built = existsSync(join(storybook, 'index.json'));
const stories = built
  ? Object.values(
      (JSON.parse(readFileSync(join(storybook, 'index.json'), 'utf8')) as { entries: Record<string, { type: string }> })
        .entries,
    ).filter((entry) => entry.type === 'story').length
  : 0;
const SAMPLE = 20;

function rate(label: string, report: AuditReport): void {
  const minutes = report.durationMs / 60_000;
  const checks = report.results.length;
  const failed = report.results.filter((result) => result.status !== 'passed').length;
  console.log(
    `${label}: ${checks} checks (stories x themes) in ${(report.durationMs / 1000).toFixed(1)} s = ` +
      `${Math.round(checks / minutes)} checks/min, ${Math.round(checks / report.themes.length / minutes)} stories/min in all ${report.themes.length} themes` +
      (failed > 0 ? ` (${failed} not passed)` : ''),
  );
}

if (!built) {
  console.log('audit bench skipped: storybook-static/index.json is missing; run `pnpm build-storybook` first.');
}

const subject = built
  ? `${stories} stories x ${themes.length} themes`
  : 'storybook-static (missing: run pnpm build-storybook)';
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

// Two describes, so Vitest does not compare runs of different sizes with each other.
describe(`samspill-audit on ${subject}, concurrency 2`, () => {
  bench.skipIf(!built)(
    `every story, one preview per tab (stories/min = ops/s x 60 x ${stories})`,
    async () => rate('every story', await auditStorybook({ source: storybook, themes })),
    once,
  );
});

describe(`samspill-audit --isolate on the first ${SAMPLE} of ${subject}, concurrency 2`, () => {
  let sampled = 0;
  bench.skipIf(!built)(
    `a fresh page per story (stories/min = ops/s x 60 x ${SAMPLE})`,
    async () => {
      sampled = 0;
      rate(
        `first ${SAMPLE} stories, --isolate`,
        await auditStorybook({
          source: storybook,
          themes,
          isolate: true,
          filter: (entry) => entry.type === 'story' && sampled++ < SAMPLE,
        }),
      );
    },
    once,
  );
});
