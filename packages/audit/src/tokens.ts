import { createRequire } from 'node:module';
import type { ContrastPair, ContrastResult } from '@samspill/tokens/contrast';
import { SetupError } from './errors.js';

export interface ContrastInput {
  /** Flat token values per theme (`flatThemes` from @samspill/tokens). */
  themes: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
  /** The pairs the system uses (`@samspill/tokens/contrast-pairs.json`). */
  pairs: readonly ContrastPair[];
  check: (values: Readonly<Record<string, string | number>>, pairs: readonly ContrastPair[], theme: string) => ContrastResult[];
}

/** Loads the built tokens, their contrast pairs and the checker from @samspill/tokens. */
export async function loadTokenContrast(): Promise<ContrastInput> {
  try {
    const tokens = await import('@samspill/tokens');
    const { checkContrast } = await import('@samspill/tokens/contrast');
    const pairs = createRequire(import.meta.url)('@samspill/tokens/contrast-pairs.json') as ContrastPair[];
    return { themes: tokens.flatThemes, pairs, check: checkContrast };
  } catch (error) {
    throw new SetupError(`Could not load @samspill/tokens (is it installed and built?): ${(error as Error).message.split('\n')[0]}`);
  }
}

export interface ContrastMatrix {
  themes: string[];
  rows: { pair: ContrastPair; required: number; results: Record<string, ContrastResult> }[];
  failures: ContrastResult[];
}

/** Every pair checked in every theme. */
export function contrastMatrix(input: ContrastInput): ContrastMatrix {
  const themes = Object.keys(input.themes);
  const byTheme = Object.fromEntries(themes.map((theme) => [theme, input.check(input.themes[theme]!, input.pairs, theme)]));
  const rows = input.pairs.map((pair, index) => {
    const results = Object.fromEntries(themes.map((theme) => [theme, byTheme[theme]![index]!]));
    return { pair, required: Object.values(results)[0]?.required ?? 0, results };
  });
  return { themes, rows, failures: Object.values(byTheme).flat().filter((result) => !result.pass) };
}

/** The matrix as text: one row per pair, one column per theme, failures marked FAIL. */
export function formatContrastMatrix(matrix: ContrastMatrix): string[] {
  const names = matrix.rows.map((row) => `${row.pair.foreground} on ${row.pair.background}`);
  const nameWidth = Math.max('pair'.length, ...names.map((name) => name.length));
  const columnWidth = Math.max(12, ...matrix.themes.map((theme) => theme.length));
  const header = ['pair'.padEnd(nameWidth), 'kind'.padEnd(10), 'needs'.padStart(5), ...matrix.themes.map((theme) => theme.padStart(columnWidth))].join('  ');
  const lines = ['Contrast of every token pair the system uses (WCAG 2: text 4.5:1, large text and UI 3:1).', '', header, '-'.repeat(header.length)];
  matrix.rows.forEach((row, index) => {
    const cells = matrix.themes.map((theme) => {
      const result = row.results[theme]!;
      return `${result.ratio.toFixed(2)}:1 ${result.pass ? 'ok' : 'FAIL'}`.padStart(columnWidth);
    });
    lines.push([names[index]!.padEnd(nameWidth), row.pair.kind.padEnd(10), `${row.required}:1`.padStart(5), ...cells].join('  '));
  });
  lines.push('');
  if (matrix.failures.length === 0) {
    lines.push(`PASSED: all ${matrix.rows.length} pairs meet their contrast in ${matrix.themes.length} themes.`);
  } else {
    lines.push(`FAILED: ${matrix.failures.length} pair${matrix.failures.length === 1 ? '' : 's'} below the required contrast:`);
    for (const failure of matrix.failures) {
      lines.push(
        `  ${failure.theme}: ${failure.foreground} (${failure.foregroundValue}) on ${failure.background} (${failure.backgroundValue}) is ${failure.ratio.toFixed(2)}:1, needs ${failure.required}:1 — ${failure.usage}`,
      );
    }
  }
  return lines;
}
