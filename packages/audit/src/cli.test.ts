// The command line without a browser: usage errors, help, token contrast and plain-language text.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type AuditIo } from './main.js';
import { exitCodes } from './summary.js';
import type { ContrastInput } from './tokens.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samspill-audit-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], extra: Partial<AuditIo> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    cwd: dir,
    ...extra,
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('usage', () => {
  it('prints help with every command and the exit codes, and exits with 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(exitCodes.clean);
    for (const text of [
      'storybook <dir|url>',
      'url <url...>',
      'tokens',
      'text <files...>',
      '--fail-on <impact>',
      'CHROME_PATH',
    ])
      expect(stdout).toContain(text);
    expect(stdout).toMatch(
      /0 {2}clean[\s\S]*1 {2}violations[\s\S]*2 {2}usage error[\s\S]*3 {2}not checked[\s\S]*4 {2}the audit could not run/,
    );
    expect(stdout).not.toMatch(/incomplete/i);
  });

  it.each([
    [[], /Usage: samspill-audit/],
    [['lint'], /Unknown command "lint"/],
    [['storybook', '.', '--colour'], /Unknown option '--colour'/],
    [['storybook'], /"storybook" takes one Storybook directory or URL, got 0/],
    [['storybook', 'nowhere'], /nowhere is not a directory/],
    [['storybook', '.'], /has no index\.json: is it a Storybook build\?/],
    [
      ['storybook', '.', '--fail-on', 'severe'],
      /--fail-on must be one of minor, moderate, serious, critical, got "severe"/,
    ],
    [['storybook', '.', '--concurrency', '0'], /--concurrency needs a whole number of 1 or more/],
    [['storybook', '.', '--timeout', 'soon'], /--timeout needs a whole number/],
    [['storybook', '.', '--themes', 'dark;light'], /"dark;light" cannot be a theme name/],
    [['storybook', '.', '--wait-for', 'main'], /--wait-for does not apply to "storybook"/],
    [['url', 'https://example.org', '--themes', 'dark'], /--themes does not apply to "url"/],
    [['url'], /"url" needs at least one URL/],
    [['tokens', '--themes', 'dark'], /--themes does not apply to "tokens"/],
    [
      ['url', 'https://example.org', '--tags', 'wcag2aa,wcag22a'],
      /axe-core has no tag "wcag22a"\. The WCAG tags are wcag2a, wcag2aa/,
    ],
    [['url', 'https://example.org', '--tags', 'WCAG2AA'], /axe-core has no tag "WCAG2AA" \(did you mean "wcag2aa"\?\)/],
    [['url', 'https://example.org', '--rules', 'color-contrast,imgae-alt'], /axe-core has no rule id "imgae-alt"\./],
    [
      ['url', 'https://example.org', '--rules', 'label', '--tags', 'wcag2a'],
      /--rules runs exactly the rules it names: leave out --tags/,
    ],
    [
      ['url', 'https://example.org', '--fail-on-level', 'AAAA'],
      /--fail-on-level must be one of A, AA, AAA, got "AAAA"/,
    ],
    [
      ['consistency', 'https://example.org'],
      /"consistency" compares pages: give at least two URLs or HTML files, --sitemap <url> or --storybook <dir\|url>; got 1/,
    ],
    [['consistency', 'a.html', 'b.html', '--tags', 'wcag2a'], /--tags does not apply to "consistency"/],
    [
      ['consistency', 'a.html', 'b.html', '--tokens', 'no-such-folder'],
      /--tokens .*no-such-folder is not a folder that can be read/,
    ],
    [['consistency', '--sitemap', 'missing.xml'], /Could not read the sitemap .*missing\.xml/],
    [['url', 'https://example.org', '--sitemap', 'sitemap.xml'], /--sitemap does not apply to "url"/],
    [['consistency', '--storybook', '.'], /has no index\.json: is it a Storybook build\?/],
    [['url', 'https://example.org', '--shard', '4/3'], /--shard needs k\/n with 1 ≤ k ≤ n, such as 2\/3, got "4\/3"/],
    [
      ['consistency', 'a.html', 'b.html', '--shard', '1/2'],
      /--shard does not apply to "consistency": it compares the pages with each other/,
    ],
    [['merge'], /"merge" needs the JSON reports of the shards/],
    [['merge', 'missing.json'], /Cannot read missing\.json/],
    [['merge', 'shard.json', '--tags', 'wcag2a'], /--tags does not apply to "merge"/],
  ])('refuses %j with exit code 2 and says why', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(exitCodes.usage);
    expect(stderr).toMatch(message);
  });

  it.each([
    [{ v: 5, entries: {} }, 'has no stories to check: its index lists no entries.'],
    [
      { v: 5, entries: { 'intro--docs': { id: 'intro--docs', title: 'Intro', name: 'Docs', type: 'docs' } } },
      'has no stories to check: its index lists only 1 docs page; add --include-docs to check them.',
    ],
  ])('refuses a Storybook with no stories to check (%j) with exit code 4', async (index, message) => {
    const storybook = await mkdtemp(join(dir, 'storybook-'));
    await writeFile(join(storybook, 'index.json'), JSON.stringify(index));
    const { code, stderr } = await run(['storybook', storybook]);
    expect(stderr).toContain(message);
    expect(code).toBe(exitCodes.setup);
  });

  it('prints the version', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^@samspill\/audit \d+\.\d+\.\d+/);
  });
});

describe('samspill-audit tokens', () => {
  it('prints the contrast of every pair in every theme of @samspill/tokens and exits with 0 when all pass', async () => {
    const { code, stdout } = await run(['tokens', '--json', 'matrix.json']);
    expect(stdout).toMatch(/^pair\s+kind\s+needs\s+light\s+dark\s+high-contrast$/m);
    expect(stdout).toMatch(/^color\.text\.default on color\.surface\.default\s+text\s+4\.5:1\s+\d+\.\d\d:1 ok/m);
    expect(stdout).toMatch(/PASSED: all \d+ pairs meet their contrast in 3 themes\./);
    expect(code).toBe(exitCodes.clean);
    const matrix = JSON.parse(await readFile(join(dir, 'matrix.json'), 'utf8')) as {
      themes: string[];
      rows: unknown[];
    };
    expect(matrix.themes).toEqual(['light', 'dark', 'high-contrast']);
    expect(matrix.rows.length).toBeGreaterThan(10);
  });

  it('marks a pair below its contrast as FAIL, names it, and exits with 1', async () => {
    const { contrastRatio } = await import('@samspill/tokens/contrast');
    const loadTokens = async (): Promise<ContrastInput> => ({
      themes: { light: { fg: '#777777', bg: '#ffffff' }, dark: { fg: '#ffffff', bg: '#000000' } },
      pairs: [{ foreground: 'fg', background: 'bg', kind: 'text', usage: 'Hints' }],
      check: (values, pairs, theme) =>
        pairs.map((pair) => {
          const ratio = contrastRatio(String(values[pair.foreground]), String(values[pair.background]));
          return {
            ...pair,
            theme,
            foregroundValue: String(values[pair.foreground]),
            backgroundValue: String(values[pair.background]),
            ratio,
            required: 4.5,
            pass: ratio >= 4.5,
          };
        }),
    });
    const { code, stdout } = await run(['tokens'], { loadTokens });
    expect(code).toBe(exitCodes.violations);
    expect(stdout).toMatch(/^fg on bg\s+text\s+4\.5:1\s+4\.48:1 FAIL\s+21\.00:1 ok$/m);
    expect(stdout).toContain('light: fg (#777777) on bg (#ffffff) is 4.48:1, needs 4.5:1 — Hints');
  });
});

describe('samspill-audit text', () => {
  it('lints prose with @samspill/plain-language and exits with 1 when a file is above the LIX limit', async () => {
    await writeFile(
      join(dir, 'terms.md'),
      '# Terms\n\nNotwithstanding the aforementioned provisions, the customer shall indemnify the organisation against consequential liabilities, administrative expenditures and correspondingly unanticipated obligations.\n',
    );
    const { code, stdout, stderr } = await run(['text', 'terms.md', '--locale', 'en', '--max-lix', '40']);
    expect(stdout).toMatch(/^terms\.md:1:1 lix-too-high The text has a LIX of \d+; the limit is 40\./m);
    expect(stdout).toMatch(/^terms\.md:3:\d+ legalese "notwithstanding"/im);
    expect(stderr).toContain('1 file checked');
    expect(code).toBe(exitCodes.violations);
  });

  it('exits with 0 for plain text and with 2 for a missing file', async () => {
    await writeFile(join(dir, 'plain.txt'), 'We call you back within two days. You can also chat with us.\n');
    expect((await run(['text', 'plain.txt'])).code).toBe(exitCodes.clean);
    const missing = await run(['text', 'gone.md']);
    expect(missing.code).toBe(exitCodes.usage);
    expect(missing.stderr).toContain('gone.md: no such file.');
  });

  it('has its own help', async () => {
    const { code, stdout } = await run(['text', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: samspill-audit text [options] <files...>');
  });
});
