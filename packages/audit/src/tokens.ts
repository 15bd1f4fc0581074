import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContrastPair, ContrastResult } from '@samspill/tokens/contrast';
import { SetupError, UsageError } from './errors.js';
import { sarifSchema } from './formats/sarif.js';
import { escapeXml } from './formats/xml.js';
import { toolInfo } from './version.js';

export interface ContrastInput {
  /** Flat token values per theme (`flatThemes` from @samspill/tokens). */
  themes: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
  /** The pairs the system uses (`@samspill/tokens/contrast-pairs.json`). */
  pairs: readonly ContrastPair[];
  check: (
    values: Readonly<Record<string, string | number>>,
    pairs: readonly ContrastPair[],
    theme: string,
  ) => ContrastResult[];
  /** Whose tokens these are: `@samspill/tokens`, or the brand file or built folder given with `--tokens`. */
  source?: string;
}

/** Loads the built tokens, their contrast pairs and the checker from @samspill/tokens. */
export async function loadTokenContrast(): Promise<ContrastInput> {
  try {
    const tokens = await import('@samspill/tokens');
    const { checkContrast } = await import('@samspill/tokens/contrast');
    const pairs = createRequire(import.meta.url)('@samspill/tokens/contrast-pairs.json') as ContrastPair[];
    return { themes: tokens.flatThemes, pairs, check: checkContrast, source: '@samspill/tokens' };
  } catch (error) {
    throw new SetupError(
      `Could not load @samspill/tokens (is it installed and built?): ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/**
 * Loads a company's own tokens in every theme Samspill has: a brand file, built with @samspill/tokens's own build
 * (`scripts/build.mjs --brand`) into a temporary folder, or a folder that build wrote (`json/<theme>.flat.json`).
 * `label` is how reports name it; `base` gives the pairs and the checker.
 */
export async function loadTokenOverrides(
  path: string,
  label = path,
  base: () => Promise<ContrastInput> = loadTokenContrast,
): Promise<ContrastInput> {
  const builtIn = await base();
  const themes = Object.keys(builtIn.themes);
  if (!existsSync(path))
    throw new UsageError(
      `--tokens ${label}: no such file or folder. Give a brand file (.json) or a folder built from one.`,
    );
  const read = (folder: string) => {
    const missing = themes.map((theme) => `json/${theme}.flat.json`).filter((file) => !existsSync(join(folder, file)));
    if (missing.length > 0) {
      throw new UsageError(
        `--tokens ${label} is not a built token folder: it lacks ${missing.join(', ')}. Give the brand file itself, or the folder \`node tokens/scripts/build.mjs --brand <file> --out <dir>\` wrote.`,
      );
    }
    return Object.fromEntries(
      themes.map((theme) => [
        theme,
        JSON.parse(readFileSync(join(folder, 'json', `${theme}.flat.json`), 'utf8')) as Record<string, string | number>,
      ]),
    );
  };
  if (statSync(path).isDirectory()) return { ...builtIn, themes: read(path), source: label };

  const script = join(
    dirname(createRequire(import.meta.url).resolve('@samspill/tokens/package.json')),
    'scripts',
    'build.mjs',
  );
  if (!existsSync(script))
    throw new SetupError(`Building a brand file needs @samspill/tokens's build script, which is not at ${script}.`);
  const out = mkdtempSync(join(tmpdir(), 'samspill-audit-tokens-'));
  try {
    const build = spawnSync(process.execPath, [script, '--brand', path, '--out', out], { encoding: 'utf8' });
    if (build.error) throw new SetupError(`Could not run the token build for ${label}: ${build.error.message}`);
    if (build.stderr.includes("Cannot find package 'style-dictionary'"))
      throw new SetupError(`Building a brand file needs Style Dictionary 4: npm install -D style-dictionary@4`);
    // A brand file the build refuses is bad input, and the build's message names each problem.
    if (build.status !== 0) throw new UsageError(`--tokens ${label} could not be built:\n${build.stderr.trim()}`);
    return { ...builtIn, themes: read(out), source: label };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export interface ContrastMatrix {
  /** Whose tokens were checked. */
  source: string;
  themes: string[];
  rows: { pair: ContrastPair; required: number; results: Record<string, ContrastResult> }[];
  failures: ContrastResult[];
}

/** Every pair checked in every theme. */
export function contrastMatrix(input: ContrastInput): ContrastMatrix {
  const themes = Object.keys(input.themes);
  const byTheme = Object.fromEntries(
    themes.map((theme) => [theme, input.check(input.themes[theme]!, input.pairs, theme)]),
  );
  const rows = input.pairs.map((pair, index) => {
    const results = Object.fromEntries(themes.map((theme) => [theme, byTheme[theme]![index]!]));
    return { pair, required: Object.values(results)[0]?.required ?? 0, results };
  });
  return {
    source: input.source ?? '@samspill/tokens',
    themes,
    rows,
    failures: Object.values(byTheme)
      .flat()
      .filter((result) => !result.pass),
  };
}

/** The matrix as text: one row per pair, one column per theme, failures marked FAIL. */
export function formatContrastMatrix(matrix: ContrastMatrix): string[] {
  const names = matrix.rows.map((row) => `${row.pair.foreground} on ${row.pair.background}`);
  const nameWidth = Math.max('pair'.length, ...names.map((name) => name.length));
  const columnWidth = Math.max(12, ...matrix.themes.map((theme) => theme.length));
  const header = [
    'pair'.padEnd(nameWidth),
    'kind'.padEnd(10),
    'needs'.padStart(5),
    ...matrix.themes.map((theme) => theme.padStart(columnWidth)),
  ].join('  ');
  const lines = [
    `Contrast of every token pair the system uses in ${matrix.source} (WCAG 2: text 4.5:1, large text and UI 3:1).`,
    '',
    header,
    '-'.repeat(header.length),
  ];
  matrix.rows.forEach((row, index) => {
    const cells = matrix.themes.map((theme) => {
      const result = row.results[theme]!;
      return `${result.ratio.toFixed(2)}:1 ${result.pass ? 'ok' : 'FAIL'}`.padStart(columnWidth);
    });
    lines.push(
      [names[index]!.padEnd(nameWidth), row.pair.kind.padEnd(10), `${row.required}:1`.padStart(5), ...cells].join('  '),
    );
  });
  lines.push('');
  if (matrix.failures.length === 0) {
    lines.push(`PASSED: all ${matrix.rows.length} pairs meet their contrast in ${matrix.themes.length} themes.`);
  } else {
    lines.push(
      `FAILED: ${matrix.failures.length} pair${matrix.failures.length === 1 ? '' : 's'} below the required contrast:`,
    );
    for (const failure of matrix.failures) {
      lines.push(
        `  ${failure.theme}: ${failure.foreground} (${failure.foregroundValue}) on ${failure.background} (${failure.backgroundValue}) is ${failure.ratio.toFixed(2)}:1, needs ${failure.required}:1 — ${failure.usage}`,
      );
    }
  }
  return lines;
}

const pairName = (result: ContrastPair) => `${result.foreground} on ${result.background}`;
const describe = (failure: ContrastResult) =>
  `${failure.foreground} (${failure.foregroundValue}) on ${failure.background} (${failure.backgroundValue}) is ${failure.ratio.toFixed(2)}:1 in the ${failure.theme} theme, needs ${failure.required}:1 — ${failure.usage}`;
const criterion = (kind: string) => (kind === 'ui' ? 'WCAG 1.4.11 Non-text Contrast' : 'WCAG 1.4.3 Contrast (Minimum)');

/** The matrix as JSON, as `--json` writes it. */
export function contrastJson(matrix: ContrastMatrix): string {
  return `${JSON.stringify(matrix, null, 2)}\n`;
}

/** JUnit XML: one test suite per theme, one test case per pair, a failure for each pair below its contrast. */
export function contrastJunit(matrix: ContrastMatrix): string {
  const suites = matrix.themes.map((theme) => {
    const cases = matrix.rows.map(({ pair, results }) => {
      const result = results[theme]!;
      const attributes = `classname="${escapeXml(`tokens.${pair.kind}`)}" name="${escapeXml(pairName(pair))}"`;
      if (result.pass) return `    <testcase ${attributes}/>`;
      const message = `${result.ratio.toFixed(2)}:1, needs ${result.required}:1`;
      return `    <testcase ${attributes}>\n      <failure message="${escapeXml(message)}" type="contrast">${escapeXml(describe(result))}</failure>\n    </testcase>`;
    });
    const failures = matrix.failures.filter((failure) => failure.theme === theme).length;
    return `  <testsuite name="${escapeXml(`tokens [${theme}]`)}" tests="${matrix.rows.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = matrix.rows.length * matrix.themes.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`${toolInfo.name} tokens ${matrix.source}`)}" tests="${tests}" failures="${matrix.failures.length}" errors="0" skipped="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** SARIF 2.1.0: one result per pair and theme below its contrast, pointing at the token file when there is one. */
export function contrastSarif(matrix: ContrastMatrix, file?: string): string {
  const kinds = [...new Set(matrix.rows.map((row) => row.pair.kind))];
  const rules = kinds.map((kind) => {
    const required = matrix.rows.find((row) => row.pair.kind === kind)!.required;
    return {
      id: `token-contrast-${kind}`,
      name: `TokenContrast${kind.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`,
      shortDescription: {
        text: `${kind === 'ui' ? 'UI parts' : kind === 'text' ? 'Text' : 'Large text'} token pairs need ${required}:1 contrast`,
      },
      fullDescription: {
        text: `${criterion(kind)}: every ${kind} pair of tokens needs a contrast of at least ${required}:1 in every theme.`,
      },
      defaultConfiguration: { level: 'error' as const },
    };
  });
  const results = matrix.failures.map((failure) => ({
    ruleId: `token-contrast-${failure.kind}`,
    ruleIndex: kinds.indexOf(failure.kind),
    kind: 'fail' as const,
    level: 'error' as const,
    message: { text: describe(failure) },
    locations: [
      {
        ...(file ? { physicalLocation: { artifactLocation: { uri: file } } } : {}),
        logicalLocations: [
          { name: pairName(failure), fullyQualifiedName: `${failure.theme}/${pairName(failure)}`, kind: 'resource' },
        ],
      },
    ],
    properties: { theme: failure.theme, ratio: Number(failure.ratio.toFixed(2)), required: failure.required },
  }));
  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: toolInfo.name, version: toolInfo.version, rules } },
        results,
        properties: { source: matrix.source, themes: matrix.themes },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A self-contained HTML page: the verdict, the failures in words, and the whole matrix as a table. */
export function contrastHtml(matrix: ContrastMatrix): string {
  const passed = matrix.failures.length === 0;
  const verdict = passed
    ? `Passed: all ${matrix.rows.length} pairs meet their contrast in ${matrix.themes.length} themes.`
    : `Failed: ${matrix.failures.length} pair${matrix.failures.length === 1 ? '' : 's'} below the required contrast.`;
  const rows = matrix.rows.map(({ pair, required, results }) => {
    const cells = matrix.themes.map((theme) => {
      const result = results[theme]!;
      return `<td>${result.ratio.toFixed(2)}:1 ${result.pass ? 'ok' : '<strong>FAIL</strong>'}</td>`;
    });
    return `<tr><th scope="row"><code>${escapeXml(pairName(pair))}</code><br>${escapeXml(pair.usage)}</th><td>${escapeXml(pair.kind)}</td><td>${required}:1</td>${cells.join('')}</tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Token contrast: ${escapeXml(matrix.source)}</title>
<style>:root { color-scheme: light dark; font: 1rem/1.5 system-ui, sans-serif; } body { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; } table { border-collapse: collapse; } th, td { border: 1px solid; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }</style>
</head>
<body>
<main>
<h1>Token contrast: ${escapeXml(matrix.source)}</h1>
<p><strong>${verdict}</strong> WCAG 2: text 4.5:1, large text and UI parts 3:1.</p>
${passed ? '' : `<h2>Below the required contrast</h2>\n<ul>\n${matrix.failures.map((failure) => `<li>${escapeXml(describe(failure))}</li>`).join('\n')}\n</ul>\n`}<h2>Every pair in every theme</h2>
<table>
<caption>Contrast ratio of each pair, per theme</caption>
<thead><tr><th scope="col">pair</th><th scope="col">kind</th><th scope="col">needs</th>${matrix.themes.map((theme) => `<th scope="col">${escapeXml(theme)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>
</body>
</html>
`;
}
