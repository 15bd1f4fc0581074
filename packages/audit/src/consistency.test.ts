// `samspill-audit consistency` against two fixture sites: one with a known break of each kind, one consistent.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import type { SarifLog } from './formats/sarif.js';
import { main } from './main.js';
import { serveDirectory, type StaticServer } from './server.js';
import { exitCodeFor, exitCodes } from './summary.js';
import type { AuditReport } from './types.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'audit', 'consistency');
const pages = ['index.html', 'products.html', 'contact.html'];

let browser: Browser;
let server: StaticServer;
let out: string;

beforeAll(async () => {
  [browser, server, out] = await Promise.all([
    launchChromium(),
    serveDirectory(fixtures),
    mkdtemp(join(tmpdir(), 'samspill-consistency-')),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (out) await rm(out, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    browser,
    cwd: fixtures,
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** Each finding as a reader sees it, with the loopback address left out so it reads the same on every run. */
function findings(report: AuditReport) {
  const local = (text: string) => text.replaceAll(server.url, '/');
  return report.results.flatMap((result) =>
    result.violations.flatMap((violation) =>
      violation.nodes.map((node) => ({
        page: local(result.target.url),
        rule: violation.ruleId,
        impact: violation.impact,
        element: node.selector.join(' '),
        why: local(node.failureSummary),
      })),
    ),
  );
}

describe('samspill-audit consistency, on a site with one break of each kind', () => {
  let result: Awaited<ReturnType<typeof run>>;
  let report: AuditReport;

  beforeAll(async () => {
    const files = ['report.json', 'junit.xml', 'audit.sarif', 'report.html'].map((file) => join(out, file));
    result = await run([
      'consistency',
      ...pages.map((page) => `${server.url}broken/${page}`),
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
    report = JSON.parse(await readFile(files[0]!, 'utf8')) as AuditReport;
  }, 60_000);

  it('reports exactly the moved help link, the renamed search button, the reordered navigation and the hard-coded colour', () => {
    const others = (...names: string[]) => names.map((name) => `/broken/${name}`).join(', ');
    expect(findings(report)).toEqual([
      {
        page: '/broken/index.html',
        rule: 'consistent-help',
        impact: 'moderate',
        element: 'footer > p > a',
        why:
          'Help here: contact page "Contact" in the navigation, then phone "Call 22 00 00 00" in the footer, then email "help@example.org" in the footer, then self-help "Help" in the footer; ' +
          `on ${others('products.html', 'contact.html')}: contact page "Contact" in the navigation, then self-help "Help" in the header, then phone "Call 22 00 00 00" in the footer, then email "help@example.org" in the footer.`,
      },
      {
        page: '/broken/products.html',
        rule: 'consistent-navigation',
        impact: 'moderate',
        element: 'header > nav',
        why: `The navigation "Main" lists "Home", "Contact", "Products" here, but "Home", "Products", "Contact" on ${others('index.html', 'contact.html')}.`,
      },
      {
        page: '/broken/products.html',
        rule: 'token-drift',
        impact: 'minor',
        element: 'main > p:nth-of-type(2)',
        why: 'Not a token value: color rgb(228, 0, 43) (nearest token color.action.danger.background #b3261e).',
      },
      {
        page: '/broken/contact.html',
        rule: 'consistent-identification',
        impact: 'serious',
        element: 'header > form > button',
        why: `The search button is named "Find" here, but "Search" on ${others('index.html', 'products.html')}.`,
      },
    ]);
  });

  it('fails the run, and --fail-on and --fail-on-level decide as for axe-core violations', () => {
    expect(result.code).toBe(exitCodes.violations);
    expect(report.rules).toEqual([
      'consistent-navigation',
      'consistent-identification',
      'consistent-help',
      'token-drift',
    ]);
    // Consistent identification is serious; nothing is critical. Only 3.2.6 is a level A criterion.
    expect(exitCodeFor(report, { failOn: 'serious' })).toBe(exitCodes.violations);
    expect(exitCodeFor(report, { failOn: 'critical' })).toBe(exitCodes.clean);
    expect(
      exitCodeFor(
        { ...report, results: report.results.filter((r) => !r.target.url.endsWith('index.html')) },
        { failOnLevel: 'A' },
      ),
    ).toBe(exitCodes.clean);
    expect(exitCodeFor(report, { failOnLevel: 'A' })).toBe(exitCodes.violations);
  });

  it('names the rule, the page and the pages compared in the terminal, JUnit, SARIF and HTML reports', async () => {
    expect(result.stdout).toMatch(/Audited 3 pages/);
    expect(result.stdout).toContain(
      `${server.url}broken/contact.html: header > form > button\n             The search button is named "Find" here, but "Search" on ${server.url}broken/index.html`,
    );
    expect(result.stdout).toMatch(/FAILED/);
    const junit = await readFile(join(out, 'junit.xml'), 'utf8');
    expect(junit.match(/<testcase /g)).toHaveLength(3);
    expect(junit.match(/<failure /g)).toHaveLength(3);
    expect(junit).toContain('consistent-identification');
    const sarif = JSON.parse(await readFile(join(out, 'audit.sarif'), 'utf8')) as SarifLog;
    expect(sarif.runs[0]!.results.map((r) => r.ruleId).sort()).toEqual([
      'consistent-help',
      'consistent-identification',
      'consistent-navigation',
      'token-drift',
    ]);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Help must stay in the same place on every page');
    expect(html).toContain('https://www.w3.org/WAI/WCAG22/Understanding/consistent-navigation.html');
  });

  it('finds the same breaks in the same site opened as local files', async () => {
    const json = join(out, 'files.json');
    await run(['consistency', ...pages.map((page) => `broken/${page}`), '--quiet', '--json', json]);
    const local = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
    const rules = (one: AuditReport) =>
      one.results.map((r) => [r.target.url.split('/').at(-1), r.violations.map((v) => v.ruleId)]);
    expect(rules(local)).toEqual(rules(report));
  });
});

describe('samspill-audit consistency, on a consistent site', () => {
  it('passes every page of its sitemap with no finding', async () => {
    const sitemap = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${pages
      .map((page) => `  <url><loc>${server.url}consistent/${page}</loc></url>`)
      .join('\n')}\n</urlset>\n`;
    await writeFile(join(out, 'sitemap.xml'), sitemap);
    const sitemapServer = await serveDirectory(out);
    try {
      const json = join(out, 'consistent.json');
      const result = await run([
        'consistency',
        '--sitemap',
        `${sitemapServer.url}sitemap.xml`,
        '--quiet',
        '--json',
        json,
      ]);
      const report = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
      expect(report.results.map((r) => [r.target.url, r.status])).toEqual(
        pages.map((page) => [`${server.url}consistent/${page}`, 'passed']),
      );
      expect(findings(report)).toEqual([]);
      expect(result.code).toBe(exitCodes.clean);
      expect(result.stdout).toMatch(/PASSED/);
    } finally {
      await sitemapServer.close();
    }
  });

  it('reports a page that would not load as not checked, compares the others, and exits with 3', async () => {
    const json = join(out, 'missing.json');
    const result = await run([
      'consistency',
      ...pages.map((page) => `${server.url}consistent/${page}`),
      `${server.url}consistent/gone.html`,
      '--quiet',
      '--json',
      json,
    ]);
    const report = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
    expect(report.results.map((r) => [r.target.url.replace(server.url, '/'), r.status, r.error])).toEqual([
      ...pages.map((page) => [`/consistent/${page}`, 'passed', undefined]),
      ['/consistent/gone.html', 'errored', 'HTTP 404 Not Found'],
    ]);
    expect(result.code).toBe(exitCodes.notChecked);
  });

  it("checks the styles against a brand's token JSON given with --tokens", async () => {
    const json = join(out, 'brand.json');
    const result = await run([
      'consistency',
      ...pages.map((page) => `${server.url}consistent/${page}`),
      '--tokens',
      'brand',
      '--quiet',
      '--json',
      json,
    ]);
    const report = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
    // The brand's links are plum, the site's are Samspill blue: every link drifts, and nothing else does.
    const drift = findings(report);
    expect(new Set(drift.map((finding) => finding.why))).toEqual(
      new Set(['Not a token value: color rgb(11, 92, 173) (nearest token color.text.link #7a1f5c).']),
    );
    expect(
      drift.filter((finding) => finding.page === '/consistent/index.html').map((finding) => finding.element),
    ).toEqual([
      'header > a:nth-of-type(1)',
      'header > nav > ul > li:nth-of-type(1) > a',
      'header > nav > ul > li:nth-of-type(2) > a',
      'header > nav > ul > li:nth-of-type(3) > a',
      'header > a:nth-of-type(2)',
      'footer > ul > li:nth-of-type(1) > a',
      'footer > ul > li:nth-of-type(2) > a',
      'footer > ul > li:nth-of-type(3) > a',
    ]);
    expect(result.code).toBe(exitCodes.violations);
  });
});

describe('samspill-audit consistency --storybook, over the docs pages of a Storybook build', () => {
  it('compares the docs pages only, inside #storybook-docs, and checks the styles of the story blocks alone', async () => {
    const json = join(out, 'docs.json');
    const result = await run(['consistency', '--storybook', 'storybook', '--quiet', '--json', json]);
    const report = JSON.parse(await readFile(json, 'utf8')) as AuditReport;
    expect(report.source).toBe('storybook');
    expect(report.results.map((r) => [r.target.url, r.status])).toEqual([
      ['iframe.html?id=guide-intro--docs&viewMode=docs', 'passed'],
      ['iframe.html?id=components-button--docs&viewMode=docs', 'failed'],
      ['iframe.html?id=components-link--docs&viewMode=docs', 'failed'],
    ]);
    // Storybook's own heading (Nunito Sans, 32px) is not the library's, so it is no drift.
    expect(findings(report)).toEqual([
      {
        page: 'iframe.html?id=components-button--docs&viewMode=docs',
        rule: 'token-drift',
        impact: 'minor',
        element: '#storybook-docs > div > div > p > span',
        why: 'Not a token value: color rgb(228, 0, 43) (nearest token color.action.danger.background #b3261e).',
      },
      {
        page: 'iframe.html?id=components-link--docs&viewMode=docs',
        rule: 'consistent-identification',
        impact: 'serious',
        element: '#storybook-docs > div > div > nav > ul > li:nth-of-type(1) > a',
        why: 'The link iframe.html?id=guide-intro--docs&viewMode=docs is named "Get started" here, but "Getting started" on iframe.html?id=guide-intro--docs&viewMode=docs, iframe.html?id=components-button--docs&viewMode=docs.',
      },
    ]);
    expect(result.code).toBe(exitCodes.violations);
  });
});
