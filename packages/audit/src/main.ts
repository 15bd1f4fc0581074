import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as PlainLanguageCli from '@samspill/plain-language/cli';
import type { Browser } from 'playwright-core';
import { auditStorybook, auditUrls, defaultThemes, type AuditProgress } from './audit.js';
import { defaultTags } from './axe.js';
import { SetupError, UsageError } from './errors.js';
import { htmlReport } from './formats/html.js';
import { jsonReport } from './formats/json.js';
import { junitReport } from './formats/junit.js';
import { sarifReport } from './formats/sarif.js';
import { createProgress, printable, terminalSummary } from './formats/terminal.js';
import { exitCodeFor, exitCodes, isImpact, isWcagLevel, targetLabel, type FailOptions } from './summary.js';
import { auditConsistency, consistencyRules, loadTokenValues, readSitemap } from './consistency.js';
import { mergeReports, parseShard } from './shard.js';
import { isUrl } from './storybook-index.js';
import {
  contrastHtml,
  contrastJson,
  contrastJunit,
  contrastMatrix,
  contrastSarif,
  formatContrastMatrix,
  loadTokenContrast,
  loadTokenOverrides,
  type ContrastInput,
} from './tokens.js';
import { impacts, wcagLevels, type AuditReport } from './types.js';
import { toolInfo } from './version.js';

/** Where the CLI writes and what it may reuse; `main` never touches process.* directly. */
export interface AuditIo {
  /** The summary and results, one line at a time. */
  stdout: (line: string) => void;
  /** Progress, warnings and errors, one line at a time. */
  stderr: (line: string) => void;
  /** Raw stderr, for the progress line that rewrites itself on a terminal. @default stderr lines */
  writeStderr?: (chunk: string) => void;
  /** Whether stderr is a terminal: progress then updates in place and the summary is coloured. @default false */
  isTTY?: boolean;
  /** Environment: CHROME_PATH and NO_COLOR are read from it. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** The directory relative paths are resolved against. @default process.cwd() */
  cwd?: string;
  /** A running browser to use instead of starting Chromium. */
  browser?: Browser;
  /** Replaces loading @samspill/tokens for the tokens command. */
  loadTokens?: () => Promise<ContrastInput>;
}

export const helpText = `Usage: samspill-audit <command> [options]

Commands:
  storybook <dir|url>   Check every story of a Storybook build directory (served on 127.0.0.1 by the CLI)
                        or of a Storybook at a URL, in each theme, with axe-core.
  url <url...>          Check pages (http(s) URLs, or paths of local HTML files) with axe-core.
  consistency <url...>  Compare pages with each other: navigation order (WCAG 3.2.3), names of the same
                        functions (3.2.4), the place of help (3.2.6), and styles that are not token values.
  merge <json...>       Join the --json reports of the shards of one audit (--shard k/n) into one report,
                        in every format, with the exit code the whole run would have had.
  tokens                Print the contrast of every token pair in every theme, of Samspill's tokens or a
                        company's own (--tokens); fails if one is too low.
  text <files...>       Lint the prose of .md, .mdx, .txt and .json files for plain language.

Options for storybook and url:
  --tags <list>           axe-core tags to run (default: ${defaultTags.join(',')})
  --best-practices        also run axe-core's best-practice rules
  --rules <ids>           run only these axe-core rules, e.g. color-contrast,image-alt (instead of --tags)
  --fail-on <impact>      the lowest impact that fails the run: ${impacts.join(', ')}
                          (default: minor, so any violation fails; none with --fail-on-level alone)
  --fail-on-level <level> also fail on any violation of a WCAG criterion at this level or below,
                          whatever its impact: ${wcagLevels.join(', ')}
  --fail-on-review        results that need review (axe-core could not decide) fail the run too,
                          by the same impact and level; by default they are reported and do not fail
  --concurrency <n>       pages checked at the same time, in one browser (default: 2)
  --timeout <ms>          time a story or page may take to render, and again (at least 30 s) to be checked
                          (default: 30000)
  --json <file>           write the full results as JSON
  --junit <file>          write JUnit XML: one test case per story and theme (or page)
  --sarif <file>          write SARIF 2.1.0, for code scanning
  --html <file>           write a self-contained HTML report, grouped by rule and by story
  --source-root <dir>     where the stories' importPaths start, for SARIF file locations (default: .)
  --quiet                 no progress on stderr
  --shard <k/n>           check only part k of n of the stories or pages (every n-th from the k-th), for
                          a CI matrix; join the parts' --json reports with samspill-audit merge
Only for storybook:
  --themes <list>         theme globals to render each story in (default: ${defaultThemes.join(',')})
  --include-docs          also check docs pages
  --isolate               load every story in a fresh page instead of switching stories in one (slower)
Only for url and consistency:
  --wait-for <selector>   wait until this element is visible before checking each page
Only for consistency (also --fail-on, --fail-on-level, --concurrency, --timeout and the reports):
  --sitemap <url|file>    also compare every page the sitemap lists
  --storybook <dir|url>   also compare the docs pages of a Storybook build (inside #storybook-docs;
                          styles only in the story blocks)
  --tokens <dir>          the built token JSON (<theme>.flat.json files) pages may use, e.g. a brand's
                          dist/brands/<brand>/json (default: every theme of @samspill/tokens)
Options for merge: --fail-on, --fail-on-level, --fail-on-review, --json, --junit, --sarif, --html, --source-root
Options for tokens:
  --tokens <file|dir>     check a brand file (built with @samspill/tokens's build) or a folder that build
                          wrote (json/<theme>.flat.json) instead of Samspill's own tokens
  --json, --junit, --sarif, --html <file>
                          also write the matrix as JSON, JUnit XML, SARIF or HTML
Options for text (see samspill-audit text --help):
  --locale <code>, --max-lix <n>, --format text|json

  -h, --help              show this help
  --version               show the version

Exit codes:
  0  clean: no violation that fails the run, and every story or page was checked
  1  violations that fail the run (tokens: a pair below its contrast; text: a file above its LIX limit)
  2  usage error: unknown option, command, axe-core tag or rule id, missing argument, a directory
     without index.json, unreadable file
  3  not checked: no violation that fails the run, but a story or page was not checked: it errored,
     timed out, or is not an HTML document
  4  the audit could not run: no Chromium (install it or set CHROME_PATH), it would not start,
     the Storybook could not be loaded or has no stories, no axe-core rule ran, or @samspill/tokens
     is missing

Environment:
  CHROME_PATH   the Chromium or Chrome to use; otherwise /usr/bin/chromium, /usr/bin/chromium-browser,
                /usr/bin/google-chrome and the macOS application paths are tried
  NO_COLOR      no colours in the summary`;

const TEXT_HELP = `Usage: samspill-audit text [options] <files...>

Lints the prose of .md, .mdx, .txt and .json files (string values) for plain language, with
@samspill/plain-language: long sentences, legalese, and a LIX above the locale's limit.
Prints one line per finding: file:line:col rule message

Options:
  --locale <code>    en, nb, nn, sv, fi or uk (default: en)
  --max-lix <n>      fail when a file's LIX is above n (default: the locale's threshold)
  --format <f>       text (default) or json
  -h, --help         show this help

Exit codes: 0 no file above the LIX limit; 1 a file is above it; 2 usage error or unreadable file.`;

const OPTIONS = {
  themes: { type: 'string' },
  'include-docs': { type: 'boolean' },
  isolate: { type: 'boolean' },
  'wait-for': { type: 'string' },
  sitemap: { type: 'string' },
  storybook: { type: 'string' },
  shard: { type: 'string' },
  tokens: { type: 'string' },
  tags: { type: 'string' },
  'best-practices': { type: 'boolean' },
  rules: { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-level': { type: 'string' },
  'fail-on-review': { type: 'boolean' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'string' },
  junit: { type: 'string' },
  sarif: { type: 'string' },
  html: { type: 'string' },
  'source-root': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`--${name} needs a whole number of 1 or more, got "${value}".`);
  return number;
}

function refuse(values: Values, command: string, names: (keyof typeof OPTIONS)[]) {
  const given = names.filter((name) => values[name] !== undefined);
  if (given.length > 0)
    throw new UsageError(`--${given.join(', --')} ${given.length === 1 ? 'does' : 'do'} not apply to "${command}".`);
}

async function writeOut(cwd: string, file: string, content: string): Promise<string> {
  const path = resolve(cwd, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, 'utf8');
  return path;
}

async function runText(argv: string[], io: AuditIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(TEXT_HELP);
    return exitCodes.clean;
  }
  let runCli: typeof PlainLanguageCli.runCli;
  try {
    ({ runCli } = await import('@samspill/plain-language/cli'));
  } catch (error) {
    throw new SetupError(
      `Could not load @samspill/plain-language (is it installed and built?): ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const cwd = io.cwd;
  return runCli(argv, {
    stdout: io.stdout,
    stderr: io.stderr,
    ...(cwd
      ? { readFile: (path: string) => import('node:fs/promises').then((fs) => fs.readFile(resolve(cwd, path), 'utf8')) }
      : {}),
  });
}

async function runTokens(values: Values, positionals: string[], io: AuditIo): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`"tokens" takes no arguments, got "${positionals.join(' ')}".`);
  refuse(values, 'tokens', [
    'themes',
    'include-docs',
    'isolate',
    'wait-for',
    'tags',
    'best-practices',
    'rules',
    'fail-on',
    'fail-on-level',
    'fail-on-review',
    'concurrency',
    'timeout',
    'source-root',
    'sitemap',
    'storybook',
    'shard',
  ]);
  const cwd = io.cwd ?? process.cwd();
  const load = io.loadTokens ?? loadTokenContrast;
  const matrix = contrastMatrix(
    values.tokens ? await loadTokenOverrides(resolve(cwd, values.tokens), values.tokens, load) : await load(),
  );
  for (const line of formatContrastMatrix(matrix)) io.stdout(line);
  const reports = {
    json: contrastJson(matrix),
    junit: contrastJunit(matrix),
    sarif: contrastSarif(matrix, values.tokens),
    html: contrastHtml(matrix),
  };
  for (const format of ['json', 'junit', 'sarif', 'html'] as const) {
    const file = values[format];
    if (file) io.stderr(`Wrote ${await writeOut(cwd, file, reports[format])}`);
  }
  return matrix.failures.length > 0 ? exitCodes.violations : exitCodes.clean;
}

function failOptions(values: Values): FailOptions {
  const impact = values['fail-on'];
  if (impact !== undefined && !isImpact(impact))
    throw new UsageError(`--fail-on must be one of ${impacts.join(', ')}, got "${impact}".`);
  const level = values['fail-on-level'];
  if (level !== undefined && !isWcagLevel(level))
    throw new UsageError(`--fail-on-level must be one of ${wcagLevels.join(', ')}, got "${level}".`);
  return {
    ...(impact ? { failOn: impact } : {}),
    ...(level ? { failOnLevel: level } : {}),
    failOnReview: values['fail-on-review'] === true,
  };
}

/** Prints the summary, writes the reports asked for and returns the exit code: the same for every audit. */
async function report(result: AuditReport, values: Values, io: AuditIo, failOn: FailOptions): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const color = io.isTTY === true && !(io.env ?? process.env).NO_COLOR;
  // A consistency finding is only clear with the pages it was compared with.
  const details =
    result.kind === 'pages' &&
    result.tags.length === 0 &&
    result.rules?.every((rule) => (consistencyRules as readonly string[]).includes(rule)) === true;
  for (const line of terminalSummary(result, { ...failOn, color, details })) io.stdout(line);
  const written: string[] = [];
  if (values.json) written.push(await writeOut(cwd, values.json, jsonReport(result, failOn)));
  if (values.junit) written.push(await writeOut(cwd, values.junit, junitReport(result, failOn)));
  if (values.sarif) {
    const sourceRoot = resolve(cwd, values['source-root'] ?? '.');
    written.push(
      await writeOut(cwd, values.sarif, `${JSON.stringify(sarifReport(result, { sourceRoot }), null, 2)}\n`),
    );
  }
  if (values.html) written.push(await writeOut(cwd, values.html, htmlReport(result, failOn)));
  for (const path of written) io.stderr(`Wrote ${path}`);
  return exitCodeFor(result, failOn);
}

async function runMerge(values: Values, positionals: string[], io: AuditIo): Promise<number> {
  refuse(values, 'merge', [
    'themes',
    'include-docs',
    'isolate',
    'wait-for',
    'tags',
    'best-practices',
    'rules',
    'concurrency',
    'timeout',
    'sitemap',
    'tokens',
    'storybook',
    'shard',
  ]);
  const failOn = failOptions(values);
  const cwd = io.cwd ?? process.cwd();
  const shards = await Promise.all(
    positionals.map(async (file) => {
      let text: string;
      try {
        text = await readFile(resolve(cwd, file), 'utf8');
      } catch (error) {
        throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
      }
      try {
        return { name: file, report: JSON.parse(text) as AuditReport };
      } catch {
        throw new UsageError(`${file} is not JSON: give the --json reports of the shards.`);
      }
    }),
  );
  // A shard's JSON carries its summary and pass rules; the merged report counts again under this run's.
  const merged = mergeReports(shards.map(({ name, report: shard }) => ({ name, report: withoutJsonExtras(shard) })));
  return report(merged, values, io, failOn);
}

/** The report inside a JSON report: without the summary and fail rules `jsonReport` puts around it. */
function withoutJsonExtras(
  json: AuditReport & { summary?: unknown; failOn?: unknown; failOnLevel?: unknown; failOnReview?: unknown },
): AuditReport {
  const {
    summary: _summary,
    failOn: _failOn,
    failOnLevel: _failOnLevel,
    failOnReview: _failOnReview,
    ...report
  } = json;
  return report;
}

async function runAudit(
  command: 'storybook' | 'url' | 'consistency',
  values: Values,
  positionals: string[],
  io: AuditIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const failOn = failOptions(values);
  const rules = values.rules === undefined ? undefined : list(values.rules);
  if (rules) {
    if (rules.length === 0) throw new UsageError('--rules needs at least one axe-core rule id, e.g. color-contrast.');
    if (values.tags !== undefined || values['best-practices'])
      throw new UsageError('--rules runs exactly the rules it names: leave out --tags and --best-practices.');
  }
  const tags = values.tags === undefined ? [...defaultTags] : list(values.tags);
  if (tags.length === 0) throw new UsageError('--tags needs at least one axe-core tag, e.g. wcag2aa.');
  if (values['best-practices'] && !tags.includes('best-practice')) tags.push('best-practice');
  const timeoutMs = positiveInteger('timeout', values.timeout, 30_000);
  const concurrency = positiveInteger('concurrency', values.concurrency, 2);

  const progress = createProgress({
    tty: io.isTTY === true,
    write: io.writeStderr ?? ((chunk) => io.stderr(chunk.replace(/^\r+|\r+$/g, ''))),
    line: io.stderr,
  });
  const onProgress = values.quiet
    ? undefined
    : ({ done, total, result }: AuditProgress) => progress.update(done, total, printable(targetLabel(result.target)));
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const common = {
    ...(rules ? { rules } : { tags }),
    ...(shard ? { shard } : {}),
    timeoutMs,
    concurrency,
    env: io.env ?? process.env,
    ...(io.browser ? { browser: io.browser } : {}),
    ...(onProgress ? { onProgress } : {}),
  };

  let result: AuditReport;
  try {
    if (command === 'consistency') {
      refuse(values, command, [
        'themes',
        'include-docs',
        'isolate',
        'tags',
        'best-practices',
        'rules',
        'fail-on-review',
        'source-root',
      ]);
      if (values.shard !== undefined)
        throw new UsageError(
          '--shard does not apply to "consistency": it compares the pages with each other, so they must be audited in one run.',
        );
      const pages = positionals.map((page) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(page) ? page : resolve(cwd, page)));
      if (values.sitemap)
        pages.push(
          ...(await readSitemap(/^https?:\/\//i.test(values.sitemap) ? values.sitemap : resolve(cwd, values.sitemap))),
        );
      if (pages.length < 2 && !values.storybook)
        throw new UsageError(
          `"consistency" compares pages: give at least two URLs or HTML files, --sitemap <url> or --storybook <dir|url>; got ${pages.length}.`,
        );
      const tokens = await loadTokenValues(values.tokens === undefined ? undefined : resolve(cwd, values.tokens));
      const storybook =
        values.storybook === undefined
          ? undefined
          : isUrl(values.storybook)
            ? values.storybook
            : resolve(cwd, values.storybook);
      result = await auditConsistency({
        ...common,
        urls: pages,
        tokens,
        ...(storybook ? { storybook } : {}),
        ...(values['wait-for'] ? { waitFor: values['wait-for'] } : {}),
      });
      if (storybook && !isUrl(storybook)) result.source = values.storybook!;
    } else if (command === 'storybook') {
      refuse(values, command, ['wait-for', 'sitemap', 'tokens', 'storybook']);
      if (positionals.length !== 1)
        throw new UsageError(`"storybook" takes one Storybook directory or URL, got ${positionals.length}.`);
      const source = positionals[0]!;
      const themes = values.themes === undefined ? defaultThemes : list(values.themes);
      if (themes.length === 0) throw new UsageError('--themes needs at least one theme name.');
      const isRemote = /^https?:\/\//i.test(source);
      result = await auditStorybook({
        ...common,
        source: isRemote ? source : resolve(cwd, source),
        themes,
        includeDocs: values['include-docs'] === true,
        isolate: values.isolate === true,
      });
      if (!isRemote) result.source = source;
    } else {
      refuse(values, command, ['themes', 'include-docs', 'isolate', 'sitemap', 'tokens', 'storybook']);
      if (positionals.length === 0) throw new UsageError('"url" needs at least one URL or HTML file.');
      const urls = positionals.map((page) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(page) ? page : resolve(cwd, page)));
      result = await auditUrls({ ...common, urls, ...(values['wait-for'] ? { waitFor: values['wait-for'] } : {}) });
    }
  } finally {
    progress.end();
  }

  return report(result, values, io, failOn);
}

/**
 * The `samspill-audit` command line, callable in-process. Returns the exit code (see `exitCodes`);
 * never throws for a problem it can name.
 */
export async function main(argv: string[], io: AuditIo): Promise<number> {
  try {
    if (argv[0] === 'text') return await runText(argv.slice(1), io);
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.version) {
      io.stdout(`${toolInfo.packageName} ${toolInfo.version}`);
      return exitCodes.clean;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined) {
      if (command === undefined && !values.help) {
        io.stderr(helpText);
        return exitCodes.usage;
      }
      io.stdout(helpText);
      return exitCodes.clean;
    }
    switch (command) {
      case 'storybook':
      case 'url':
      case 'consistency':
        return await runAudit(command, values, rest, io);
      case 'tokens':
        return await runTokens(values, rest, io);
      case 'merge':
        return await runMerge(values, rest, io);
      case 'text':
        throw new UsageError('Put "text" first: samspill-audit text [options] <files...>');
      default:
        throw new UsageError(`Unknown command "${command}": use storybook, url, consistency, merge, tokens or text.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`samspill-audit: ${error.message}\nRun \`samspill-audit --help\` for the options.`);
      return exitCodes.usage;
    }
    if (error instanceof SetupError) {
      io.stderr(`samspill-audit: ${error.message}`);
      return exitCodes.setup;
    }
    io.stderr(`samspill-audit: the audit could not run: ${(error as Error).stack ?? String(error)}`);
    return exitCodes.setup;
  }
}
