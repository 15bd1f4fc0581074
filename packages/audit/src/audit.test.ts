// The CLI against a hand-written Storybook build and fixture pages with known faults, in one real Chromium.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conciseError } from './audit.js';
import { launchChromium } from './chromium.js';
import { main, type AuditIo } from './main.js';
import type { SarifLog } from './formats/sarif.js';
import { serveDirectory, type StaticServer } from './server.js';
import { exitCodeFor, exitCodes } from './summary.js';
import type { AuditReport, TargetResult } from './types.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'audit');
// Long enough for a cold Storybook load on a two-core CI machine that is also running the browser tests;
// the story that never renders costs this much per theme and run.
const TIMEOUT = 10_000;

let browser: Browser;
let page: Page;
let out: string;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  out = await mkdtemp(join(tmpdir(), 'samspill-audit-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/** Runs the CLI in-process with the shared browser, collecting what it prints. */
async function run(argv: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: AuditIo = {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    browser,
    cwd: fixtures,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function find(report: AuditReport, id: string, theme?: string): TargetResult {
  const result = report.results.find((r) => r.target.id === id && r.target.theme === theme);
  if (!result) throw new Error(`No result for ${id} [${theme}]`);
  return result;
}

const rulesOf = (result: TargetResult) => result.violations.map((violation) => violation.ruleId);

/** Parses XML with the browser's own parser: a real well-formedness check, and counts read from the DOM. */
async function parseJunit(xml: string) {
  return (await page.evaluate(`(() => {
    const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
    const error = doc.querySelector('parsererror');
    if (error) return { error: error.textContent };
    const number = (element, name) => Number(element.getAttribute(name));
    const root = doc.documentElement;
    return {
      root: root.nodeName,
      totals: { tests: number(root, 'tests'), failures: number(root, 'failures'), errors: number(root, 'errors') },
      suites: [...root.querySelectorAll('testsuite')].map((suite) => ({
        name: suite.getAttribute('name'),
        declared: { tests: number(suite, 'tests'), failures: number(suite, 'failures'), errors: number(suite, 'errors') },
        counted: {
          tests: suite.querySelectorAll('testcase').length,
          failures: suite.querySelectorAll('testcase > failure').length,
          errors: suite.querySelectorAll('testcase > error').length,
        },
      })),
      cases: [...root.querySelectorAll('testcase')].map((testcase) => ({
        classname: testcase.getAttribute('classname'),
        name: testcase.getAttribute('name'),
        outcome: testcase.querySelector('failure') ? 'failure' : testcase.querySelector('error') ? 'error' : 'pass',
        message: (testcase.querySelector('failure, error') || { getAttribute: () => '' }).getAttribute('message'),
      })),
    };
  })()`)) as {
    error?: string;
    root: string;
    totals: { tests: number; failures: number; errors: number };
    suites: { name: string; declared: Record<string, number>; counted: Record<string, number> }[];
    cases: { classname: string; name: string; outcome: string; message: string }[];
  };
}

describe('samspill-audit storybook, on a fixture Storybook with known faults', () => {
  let result: Awaited<ReturnType<typeof run>>;
  let report: AuditReport;

  beforeAll(async () => {
    result = await run([
      'storybook',
      'storybook',
      '--timeout',
      String(TIMEOUT),
      '--include-docs',
      '--json',
      join(out, 'report.json'),
      '--junit',
      join(out, 'junit.xml'),
      '--sarif',
      join(out, 'audit.sarif'),
      '--html',
      join(out, 'report.html'),
    ]);
    report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as AuditReport;
  }, 120_000);

  it('visits every story and the docs page in all three themes, and keeps going past errors and timeouts', () => {
    expect(report.themes).toEqual(['light', 'dark', 'high-contrast']);
    expect(report.results).toHaveLength(6 * 3);
    expect(new Set(report.results.map((r) => r.target.id))).toEqual(
      new Set([
        'fixture-intro--docs',
        'fixture-clean--default',
        'fixture-contrast--dark-only',
        'fixture-image--without-alt',
        'fixture-broken--throws',
        'fixture-broken--never-renders',
      ]),
    );
  });

  it("passes the clean story and the docs page in every theme, leaving Storybook's args table out", () => {
    for (const theme of report.themes) {
      expect(find(report, 'fixture-clean--default', theme)).toMatchObject({ status: 'passed' });
      expect(find(report, 'fixture-intro--docs', theme)).toMatchObject({ status: 'passed' });
    }
  });

  it('finds the contrast violation in the dark theme only', () => {
    expect(rulesOf(find(report, 'fixture-contrast--dark-only', 'dark'))).toEqual(['color-contrast']);
    expect(find(report, 'fixture-contrast--dark-only', 'light')).toMatchObject({ status: 'passed' });
    expect(find(report, 'fixture-contrast--dark-only', 'high-contrast')).toMatchObject({ status: 'passed' });
    const violation = find(report, 'fixture-contrast--dark-only', 'dark').violations[0]!;
    expect(violation).toMatchObject({ impact: 'serious', helpUrl: expect.stringContaining('color-contrast') });
    expect(violation.nodes[0]).toMatchObject({ selector: ['p'], failureSummary: expect.stringContaining('contrast') });
  });

  it('finds the image without alt text that the play function adds, in every theme', () => {
    for (const theme of report.themes) {
      const found = find(report, 'fixture-image--without-alt', theme);
      expect(rulesOf(found)).toEqual(['image-alt']);
      expect(found.violations[0]).toMatchObject({ impact: 'critical', nodes: [{ selector: ['img'] }] });
    }
  });

  it('reports the story that throws as errored, with its message', () => {
    for (const theme of report.themes) {
      expect(find(report, 'fixture-broken--throws', theme)).toMatchObject({
        status: 'errored',
        error: "TypeError: Cannot read properties of undefined (reading 'label')",
      });
    }
  });

  it('reports the story that never finishes rendering as timed out, naming the phase it was stuck in', () => {
    for (const theme of report.themes) {
      const found = find(report, 'fixture-broken--never-renders', theme);
      expect(found.status).toBe('timed-out');
      expect(found.error).toContain(`within ${TIMEOUT} ms: it was still in the "loading" phase`);
    }
  });

  it('exits with 1 and prints a summary that names each rule, story and theme', () => {
    expect(result.code, result.stdout.join('\n')).toBe(exitCodes.violations);
    const text = result.stdout.join('\n');
    expect(text).toContain('Audited 5 stories and 1 docs page in 3 themes (18 checks)');
    expect(text).toContain('critical image-alt: Images must have alternative text');
    expect(text).toContain('fixture-contrast--dark-only [dark]: p');
    expect(text).toContain(
      "errored   fixture-broken--throws [light]: TypeError: Cannot read properties of undefined (reading 'label')",
    );
    expect(text).toContain('timed out fixture-broken--never-renders [high-contrast]');
    expect(text).toContain('FAILED: 4 violations at or above "minor".');
    // Not a terminal: plain progress lines, no escape codes anywhere.
    expect(result.stderr.some((line) => /^\[\s*\d+%\] \d+\/18 checked/.test(line))).toBe(true);
    expect([...result.stdout, ...result.stderr].join('\n')).not.toContain('\u001b');
  });

  it('sets the exit code from the most severe impact: 3 when what is left is below --fail-on but checks errored', () => {
    expect(exitCodeFor(report, 'critical')).toBe(exitCodes.violations);
    const withoutImages: AuditReport = {
      ...report,
      results: report.results.filter((r) => r.target.id !== 'fixture-image--without-alt'),
    };
    expect(exitCodeFor(withoutImages, 'serious')).toBe(exitCodes.violations);
    expect(exitCodeFor(withoutImages, 'critical')).toBe(exitCodes.notChecked);
    const clean: AuditReport = {
      ...report,
      results: report.results.filter((r) => r.target.id === 'fixture-clean--default'),
    };
    expect(exitCodeFor(clean)).toBe(exitCodes.clean);
  });

  it('writes SARIF 2.1.0 with the axe rules, levels from impact, and story, theme, selector and file locations', async () => {
    const sarif = JSON.parse(await readFile(join(out, 'audit.sarif'), 'utf8')) as SarifLog;
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run!.tool.driver.name).toBe('samspill-audit');
    const rules = run!.tool.driver.rules;
    expect(rules.map((rule) => rule.id).sort()).toEqual(['color-contrast', 'image-alt']);
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\//);
      expect(rule.shortDescription.text).not.toBe('');
    }
    expect(run!.results).toHaveLength(4);
    for (const sarifResult of run!.results) {
      expect(typeof sarifResult.ruleId).toBe('string');
      expect(rules[sarifResult.ruleIndex]!.id).toBe(sarifResult.ruleId);
      expect(sarifResult.message.text).not.toBe('');
      expect(sarifResult.locations.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note']).toContain(sarifResult.level);
    }
    const contrast = run!.results.find((r) => r.ruleId === 'color-contrast')!;
    expect(contrast.level).toBe('error');
    const location = contrast.locations[0]!;
    expect(location.logicalLocations).toEqual([
      {
        name: 'fixture-contrast--dark-only [dark]',
        fullyQualifiedName: 'Fixture/Contrast / Dark only [dark]',
        kind: 'resource',
      },
      { name: 'p', fullyQualifiedName: 'fixture-contrast--dark-only [dark] p', kind: 'element' },
    ]);
    // The story file from index.json's importPath, at the line of the story's export (found under --source-root, here the cwd).
    expect(location.physicalLocation).toEqual({
      artifactLocation: { uri: 'stories/Fixture.stories.js' },
      region: { startLine: 8 },
    });
    const notifications = run!.invocations[0]!.toolExecutionNotifications;
    expect(run!.invocations[0]!.executionSuccessful).toBe(false);
    expect(notifications).toHaveLength(6);
    expect(notifications.map((n) => n.message.text)).toContain(
      "fixture-broken--throws [dark] errored: TypeError: Cannot read properties of undefined (reading 'label')",
    );
  });

  it('writes well-formed JUnit XML: one test case per story and theme, violations as failures, errors and timeouts as errors', async () => {
    const junit = await parseJunit(await readFile(join(out, 'junit.xml'), 'utf8'));
    expect(junit.error).toBeUndefined();
    expect(junit.root).toBe('testsuites');
    expect(junit.totals).toEqual({ tests: 18, failures: 4, errors: 6 });
    expect(junit.suites.map((suite) => suite.name)).toEqual([
      'storybook [light]',
      'storybook [dark]',
      'storybook [high-contrast]',
    ]);
    for (const suite of junit.suites) expect(suite.counted).toEqual(suite.declared);
    expect(junit.cases.find((c) => c.classname === 'Fixture/Contrast' && c.name === 'Dark only [dark]')).toMatchObject({
      outcome: 'failure',
      message: '1 accessibility violation: color-contrast (serious)',
    });
    expect(
      junit.cases.find((c) => c.classname === 'Fixture/Broken' && c.name === 'Never renders [light]'),
    ).toMatchObject({ outcome: 'error' });
    expect(junit.cases.find((c) => c.classname === 'Fixture/Clean' && c.name === 'Default [dark]')).toMatchObject({
      outcome: 'pass',
    });
  });

  it('writes a self-contained HTML report, grouped by rule and by story, that passes axe itself', async () => {
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<link\b|<script\b|<img\b|url\(/i);
    expect(html).toContain('<h2 id="by-rule">Violations by rule</h2>');
    expect(html).toContain('<h2 id="by-story">Results by story</h2>');
    expect(html).toContain('Images must have alternative text <code>image-alt</code>');
    expect(html).toContain('Fixture/Contrast / Dark only');
    const own = await run(['url', join(out, 'report.html'), '--best-practices', '--quiet']);
    expect(own.stdout.join('\n')).toContain('PASSED');
    expect(own.code).toBe(exitCodes.clean);
  });

  it('finds the same faults when every story is loaded in a fresh page (--isolate)', async () => {
    const isolated = await run([
      'storybook',
      'storybook',
      '--isolate',
      '--timeout',
      String(TIMEOUT),
      '--json',
      join(out, 'isolated.json'),
      '--quiet',
    ]);
    expect(isolated.code, isolated.stdout.join('\n')).toBe(exitCodes.violations);
    const again = JSON.parse(await readFile(join(out, 'isolated.json'), 'utf8')) as AuditReport;
    const shape = (r: AuditReport) =>
      r.results
        .filter((x) => x.target.kind === 'story')
        .map((x) => [x.target.id, x.target.theme, x.status, rulesOf(x).join(',')]);
    expect(shape(again)).toEqual(shape(report));
  }, 120_000);

  it('audits a Storybook served at a URL, linking each result to it', async () => {
    const server = await serveDirectory(join(fixtures, 'storybook'));
    try {
      const json = join(out, 'remote.json');
      const remote = await run([
        'storybook',
        `${server.url}index.html`,
        '--themes',
        'light',
        '--timeout',
        String(TIMEOUT),
        '--json',
        json,
        '--quiet',
      ]);
      expect(remote.code, remote.stdout.join('\n')).toBe(exitCodes.violations);
      const remoteReport = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
      expect(find(remoteReport, 'fixture-image--without-alt', 'light')).toMatchObject({
        status: 'failed',
        target: { url: `${server.url}iframe.html?id=fixture-image--without-alt&viewMode=story&globals=theme:light` },
      });
    } finally {
      await server.close();
    }
  }, 120_000);

  it('audits only the themes asked for', async () => {
    const dark = await run([
      'storybook',
      'storybook',
      '--themes',
      'dark',
      '--timeout',
      String(TIMEOUT),
      '--json',
      join(out, 'dark.json'),
      '--quiet',
    ]);
    const darkReport = JSON.parse(await readFile(join(out, 'dark.json'), 'utf8')) as AuditReport;
    expect(new Set(darkReport.results.map((r) => r.target.theme))).toEqual(new Set(['dark']));
    expect(darkReport.results.map((r) => r.target.kind)).not.toContain('docs');
    expect(dark.code, dark.stdout.join('\n')).toBe(exitCodes.violations);
  }, 120_000);
});

describe('samspill-audit url', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(join(fixtures, 'pages'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('splits the pages into three shards whose merged reports equal one unsharded run, in every format', async () => {
    const pages = ['form.html', 'clean.html', 'needs-review.html', 'viewport.html', 'drawing.svg'].map(
      (page) => `${server.url}${page}`,
    );
    const formats = (name: string) =>
      ['--json', `${name}.json`, '--junit', `${name}.xml`, '--sarif', `${name}.sarif`, '--html', `${name}.html`].map(
        (arg) => (arg.startsWith('--') ? arg : join(out, arg)),
      );
    const whole = await run(['url', ...pages, '--quiet', '--fail-on', 'serious', ...formats('whole')]);
    const shards = [];
    for (const shard of ['1/3', '2/3', '3/3'])
      shards.push(
        await run(['url', ...pages, '--quiet', '--shard', shard, '--json', join(out, `shard-${shard[0]}.json`)]),
      );
    const parts = await Promise.all(
      [1, 2, 3].map(async (k) => JSON.parse(await readFile(join(out, `shard-${k}.json`), 'utf8')) as AuditReport),
    );
    // Every n-th page from the k-th: 5 pages over 3 shards.
    expect(parts.map((part) => part.results.map((r) => r.target.url))).toEqual([
      [pages[0], pages[3]],
      [pages[1], pages[4]],
      [pages[2]],
    ]);
    // Given in another order, the shards still merge into the run's order.
    const merged = await run([
      'merge',
      ...[3, 1, 2].map((k) => join(out, `shard-${k}.json`)),
      '--fail-on',
      'serious',
      ...formats('merged'),
    ]);
    expect(merged.code).toBe(whole.code);
    expect(merged.code).toBe(exitCodes.violations);
    // Timings differ from run to run; everything else must be the same.
    const timeless = (text: string) =>
      text
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T')
        .replace(/("durationMs": |time=")[\d.]+/g, '$1')
        .replace(/\b\d+(\.\d+)? s\b|\d+ min \d+ s/g, 'D');
    for (const extension of ['json', 'xml', 'sarif', 'html']) {
      const [one, joined] = await Promise.all(
        ['whole', 'merged'].map((name) => readFile(join(out, `${name}.${extension}`), 'utf8')),
      );
      expect(timeless(joined!), extension).toBe(timeless(one!));
    }
    expect(timeless(merged.stdout.join('\n'))).toBe(timeless(whole.stdout.join('\n')));
  });

  it('refuses to merge shards that are missing, repeated or from another audit', async () => {
    const shard = (k: number) => join(out, `shard-${k}.json`);
    expect((await run(['merge', shard(1), shard(2)])).stderr.join('\n')).toMatch(
      /Shard 3\/3 is missing: merge all 3 shards/,
    );
    expect((await run(['merge', shard(1), shard(1), shard(2), shard(3)])).stderr.join('\n')).toMatch(
      /is shard 1\/3 again/,
    );
    const merged = await run(['merge', join(out, 'whole.json')]);
    expect(merged.code).toBe(exitCodes.usage);
    expect(merged.stderr.join('\n')).toMatch(
      /whole\.json is not the JSON report of a shard: write one with --shard k\/n --json <file>/,
    );
  });

  it('finds the form field without a label, passes the clean page after waiting for it, and exits with 1', async () => {
    const json = join(out, 'pages.json');
    const result = await run([
      'url',
      `${server.url}form.html`,
      `${server.url}clean.html`,
      '--wait-for',
      'main',
      '--json',
      json,
      '--quiet',
    ]);
    expect(result.code, result.stdout.join('\n')).toBe(exitCodes.violations);
    const report = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
    expect(report.kind).toBe('pages');
    expect(report.results.map((r) => [r.target.url, r.status, rulesOf(r)])).toEqual([
      [`${server.url}form.html`, 'failed', ['label']],
      [`${server.url}clean.html`, 'passed', []],
    ]);
    expect(report.results[0]!.violations[0]!.nodes[0]!.selector).toEqual(['#email']);
  }, 120_000);

  it('reports a page that does not load as errored, a selector that never appears as timed out, and exits with 3', async () => {
    const json = join(out, 'missing.json');
    const result = await run([
      'url',
      `${server.url}missing.html`,
      'pages/clean.html',
      '--wait-for',
      '#never',
      '--timeout',
      String(TIMEOUT),
      '--json',
      json,
      '--quiet',
    ]);
    expect(result.code).toBe(exitCodes.notChecked);
    const report = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
    expect(report.results.map((r) => [r.status, r.error])).toEqual([
      ['errored', 'HTTP 404 Not Found'],
      ['timed-out', `#never did not appear within ${TIMEOUT} ms.`],
    ]);
    // "Incomplete" is axe-core's word for results that need review; pages that were not checked get their own.
    expect(result.stdout.at(-1)).toBe(
      'NOT ALL CHECKED: no violations at or above "minor", but 2 checks could not run.',
    );
    expect(result.stdout.join('\n')).not.toMatch(/incomplete/i);
  }, 120_000);

  describe('a page with only results that need review (text over a gradient)', () => {
    let shown: Awaited<ReturnType<typeof run>>;
    beforeAll(async () => {
      const files = ['review.json', 'review.xml', 'review.sarif', 'review.html'].map((name) => join(out, name));
      shown = await run([
        'url',
        `${server.url}needs-review.html`,
        '--quiet',
        '--json',
        files[0]!,
        '--junit',
        files[1]!,
        '--sarif',
        files[2]!,
        '--html',
        files[3]!,
      ]);
    }, 60_000);

    it('passes by default and names the rule and the element in the terminal', () => {
      expect(shown.code, shown.stdout.join('\n')).toBe(exitCodes.clean);
      const text = shown.stdout.join('\n');
      expect(text).toMatch(/Needs review[^\n]*:\n {2}serious {2}color-contrast: [^\n]+ \(1 element\)/);
      expect(text).toContain(`${server.url}needs-review.html: #over-gradient`);
      expect(shown.stdout.at(-1)).toBe(
        'PASSED: no violations at or above "minor". 1 result to review by hand (not failing the run).',
      );
    });

    it('keeps them in the JSON, JUnit, SARIF and HTML reports', async () => {
      const report = JSON.parse(await readFile(join(out, 'review.json'), 'utf8')) as AuditReport & {
        summary: { needsReview: number; needsReviewElements: number };
      };
      expect(report.summary).toMatchObject({ needsReview: 1, needsReviewElements: 1, violationsAtThreshold: 0 });
      expect(report.results[0]).toMatchObject({
        status: 'passed',
        violations: [],
        needsReview: [{ ruleId: 'color-contrast', nodes: [{ selector: ['#over-gradient'] }] }],
      });
      expect(report.results[0]!.needsReview[0]!.nodes[0]!.failureSummary).not.toBe('');

      const junit = await readFile(join(out, 'review.xml'), 'utf8');
      expect((await parseJunit(junit)).totals).toEqual({ tests: 1, failures: 0, errors: 0 });
      expect(junit).toMatch(/<system-out>Needs review[^<]*color-contrast \(serious\)[^<]*#over-gradient/);

      const sarif = JSON.parse(await readFile(join(out, 'review.sarif'), 'utf8')) as SarifLog;
      expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.kind, r.level])).toEqual([
        ['color-contrast', 'review', 'none'],
      ]);

      const html = await readFile(join(out, 'review.html'), 'utf8');
      expect(html).toContain('<h2 id="needs-review">Needs review by rule</h2>');
      expect(html).toMatch(
        /<h3 id="review-color-contrast">[^<]+<code>color-contrast<\/code><\/h3>\n<p>[\s\S]*?1 element in 1 page check/,
      );
      expect(html).toContain('<code>#over-gradient</code>');
    });

    it('fails the run with --fail-on-review', async () => {
      const failing = await run([
        'url',
        `${server.url}needs-review.html`,
        '--quiet',
        '--fail-on-review',
        '--junit',
        join(out, 'review-fails.xml'),
      ]);
      expect(failing.code).toBe(exitCodes.violations);
      expect(failing.stdout.at(-1)).toBe('FAILED: 1 result to review at or above "minor".');
      expect((await parseJunit(await readFile(join(out, 'review-fails.xml'), 'utf8'))).cases[0]).toMatchObject({
        outcome: 'failure',
        message: '1 accessibility violation: color-contrast (serious, needs review)',
      });
    }, 60_000);
  });

  it('fails a level-AA run on zooming blocked by the viewport, which axe-core rates only moderate', async () => {
    const page = `${server.url}viewport.html`;
    const byImpact = await run(['url', page, '--quiet', '--fail-on', 'serious']);
    expect(byImpact.stdout.join('\n')).toContain('moderate meta-viewport');
    expect(byImpact.code).toBe(exitCodes.clean);
    const byLevel = await run(['url', page, '--quiet', '--fail-on', 'serious', '--fail-on-level', 'AA']);
    expect(byLevel.code).toBe(exitCodes.violations);
    expect(byLevel.stdout.at(-1)).toBe('FAILED: 1 violation at or above "serious" or of WCAG level A or AA.');
    // 1.4.4 is a level AA criterion: a level-A run lets it through.
    expect((await run(['url', page, '--quiet', '--fail-on-level', 'A'])).code).toBe(exitCodes.clean);
  }, 60_000);

  it('says an SVG page is not an HTML document and was not checked, and exits with 3', async () => {
    const svg = await run(['url', `${server.url}drawing.svg`, '--quiet']);
    expect(svg.code).toBe(exitCodes.notChecked);
    expect(svg.stdout.join('\n')).toContain(
      `errored   ${server.url}drawing.svg: Not an HTML document, not checked: the page is image/svg+xml with an <svg> root, and axe-core checks HTML documents only.`,
    );
    expect(svg.stdout.join('\n')).not.toContain('TypeError');
  }, 60_000);

  it('runs only the rules given with --rules', async () => {
    const json = join(out, 'rules.json');
    const contrastOnly = await run([
      'url',
      `${server.url}form.html`,
      '--quiet',
      '--rules',
      'color-contrast',
      '--json',
      json,
    ]);
    expect(contrastOnly.code, contrastOnly.stdout.join('\n')).toBe(exitCodes.clean);
    expect(contrastOnly.stdout[0]).toContain('(rules color-contrast)');
    expect(JSON.parse(await readFile(json, 'utf8'))).toMatchObject({ rules: ['color-contrast'], tags: [] });
    // The same page fails on the rule its unlabelled field breaks.
    expect((await run(['url', `${server.url}form.html`, '--quiet', '--rules', 'color-contrast,label'])).code).toBe(
      exitCodes.violations,
    );
  }, 60_000);

  it('refuses to pass a run in which no axe-core rule ran (a tag whose rules are all switched off), with exit code 4', async () => {
    const nothing = await run(['url', `${server.url}clean.html`, '--quiet', '--tags', 'wcag2a-obsolete']);
    expect(nothing.code).toBe(exitCodes.setup);
    expect(nothing.stdout.at(-1)).toBe('NOT CHECKED: no axe-core rule ran on any page; check --tags and --rules.');
  }, 60_000);

  it('runs axe-core where the page cannot reach it: a page and its frame that replace axe.run still get their images without alt text reported', async () => {
    const json = join(out, 'hostile.json');
    const hostile = await run(['url', `${server.url}hostile.html`, '--quiet', '--json', json]);
    expect(hostile.code, hostile.stdout.join('\n')).toBe(exitCodes.violations);
    const report = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
    expect(rulesOf(report.results[0]!)).toEqual(['image-alt']);
    expect(report.results[0]!.violations[0]!.nodes.map((node) => node.selector)).toEqual([['img'], ['iframe', 'img']]);
  }, 60_000);
});

describe('conciseError', () => {
  it('keeps what failed and drops the colour codes and the DOM dump a failed query appends', () => {
    const fromPlay = [
      '\u001b[2mexpect(\u001b[22m\u001b[31melement\u001b[39m\u001b[2m).toBeVisible()\u001b[22m',
      '',
      'Received element is not visible:',
      '  <a href="tel:+4722334455">',
      '    22 33 44 55',
      '  </a>',
    ].join('\n');
    expect(conciseError(fromPlay)).toBe('expect(element).toBeVisible()\nReceived element is not visible:');
  });

  it('cuts a long message with an ellipsis', () => {
    const message = conciseError('x'.repeat(2_000), 100);
    expect(message).toHaveLength(100);
    expect(message.endsWith('…')).toBe(true);
  });
});
