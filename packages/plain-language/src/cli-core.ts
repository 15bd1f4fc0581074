import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, lineIndex, normalizeLineBreaks } from './analyze.js';
import { lintText, type LintFinding } from './lint.js';
import { defaultLixThreshold, resolveLocale, builtInLocales } from './locales.js';

/** Prose found in a file, with its offset in the file so findings point at the right line and column. */
export interface Segment {
  text: string;
  offset: number;
}

const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/**
 * Keeps the prose of Markdown/MDX in place (same offsets) and blanks out code, markup, imports and front matter.
 * CRLF and CR are read as LF first (at the same offsets), so the patterns below see one kind of line break.
 */
function markdownProse(content: string): string {
  return normalizeLineBreaks(content)
    .replace(/^---[ \t]*\n[\s\S]*?\n---[ \t]*(?=\n|$)/, blank)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/^(import|export)\s[^\n]*$/gm, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\]\([^)\s]*\)/g, (match) => ` ${blank(match.slice(1))}`)
    .replace(/https?:\/\/\S+/g, blank);
}

/** Every string value of a JSON document (not the keys), with its position in the file. */
function jsonStrings(content: string): Segment[] {
  const segments: Segment[] = [];
  const literal = /"(?:[^"\\]|\\.)*"/g;
  for (const match of content.matchAll(literal)) {
    const isKey = /^\s*:/.test(content.slice(match.index + match[0].length));
    if (isKey) continue;
    const text = JSON.parse(match[0]) as string;
    if (/\p{L}/u.test(text)) segments.push({ text, offset: match.index + 1 });
  }
  return segments;
}

/** The prose of a content file, by its extension: `.md`, `.mdx`, `.txt` or `.json`. */
export function extractText(content: string, extension: string): Segment[] {
  switch (extension.toLowerCase()) {
    case '.md':
    case '.mdx':
      return [{ text: markdownProse(content), offset: 0 }];
    case '.txt':
      return [{ text: content, offset: 0 }];
    case '.json':
      return jsonStrings(content);
    default:
      throw new Error(`Cannot lint "${extension}" files: use .md, .mdx, .txt or .json.`);
  }
}

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  readFile?: (path: string) => Promise<string>;
}

const HELP = `Usage: samspill-plain-language [options] <files...>

Lints the prose of .md, .mdx, .txt and .json files (string values) for plain language.
Prints one line per finding: file:line:col rule message

Options:
  --locale <code>    ${builtInLocales.join(', ')} (default: en)
  --max-lix <n>      fail when a file's LIX is above n (default: the locale's threshold)
  --format <f>       text (default) or json
  -h, --help         show this help

Exit codes: 0 no file above the LIX limit; 1 a file is above it; 2 usage error or unreadable file.`;

/** The command line, callable in-process. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        locale: { type: 'string', default: 'en' },
        'max-lix': { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr(`No files given.\n\n${HELP}`);
    return 2;
  }
  let locale: string;
  try {
    locale = resolveLocale(values.locale);
  } catch (error) {
    io.stderr((error as Error).message);
    return 2;
  }
  const maxLix = values['max-lix'] === undefined ? defaultLixThreshold(locale) : Number(values['max-lix']);
  if (!Number.isFinite(maxLix)) {
    io.stderr(`--max-lix needs a number, got "${values['max-lix']}".`);
    return 2;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr(`--format must be text or json, got "${values.format}".`);
    return 2;
  }
  const read = io.readFile ?? ((path: string) => readFile(path, 'utf8'));
  const report: { file: string; lix: number; findings: LintFinding[] }[] = [];
  for (const file of positionals) {
    let content: string;
    let segments: Segment[];
    try {
      content = await read(file);
      segments = extractText(content, extname(file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(code === 'ENOENT' ? `${file}: no such file.` : `${file}: ${(error as Error).message}`);
      return 2;
    }
    const position = lineIndex(content);
    const findings = segments.flatMap((segment) =>
      lintText(segment.text, { locale, maxLix: Number.POSITIVE_INFINITY }).findings.map((finding) => {
        const start = position(segment.offset + finding.start);
        const end = position(segment.offset + finding.end);
        return {
          ...finding,
          start: segment.offset + finding.start,
          end: segment.offset + finding.end,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
        };
      }),
    );
    const { lix } = analyze(segments.map((segment) => segment.text).join('\n\n'), { locale });
    if (lix > maxLix) {
      findings.unshift({
        rule: 'lix-too-high',
        message: `The text has a LIX of ${lix}; the limit is ${maxLix}.`,
        hint: 'Use shorter sentences and everyday words.',
        severity: 'error',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        start: 0,
        end: 0,
      });
    }
    report.push({ file, lix, findings });
  }
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ locale, maxLix, files: report }, null, 2));
  } else {
    for (const { file, findings } of report) {
      for (const finding of findings)
        io.stdout(`${file}:${finding.line}:${finding.column} ${finding.rule} ${finding.message}`);
    }
    const above = report.filter((entry) => entry.lix > maxLix).length;
    io.stderr(
      `${report.length} file${report.length === 1 ? '' : 's'} checked, ${report.reduce((n, e) => n + e.findings.length, 0)} findings, ${above} above LIX ${maxLix}.`,
    );
  }
  return report.some((entry) => entry.lix > maxLix) ? 1 : 0;
}
