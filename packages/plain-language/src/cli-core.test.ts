import { describe, expect, it } from 'vitest';
import { extractText, runCli } from './cli-core.js';

const files: Record<string, string> = {
  'notice.md': [
    '---',
    'title: Hereinafter the title',
    '---',
    'import { Meta } from "somewhere";',
    '',
    '# Your data',
    '',
    'We keep your data for five years. See [the rules](https://example.org/herein).',
    '',
    '```js',
    'const shall = "pursuant to";',
    '```',
    '',
    'Pursuant to the law, we shall tell you.',
  ].join('\n'),
  'strings.json': '{\n  "title": "Pursuant",\n  "body": "We shall call you."\n}\n',
  'dense.txt':
    'Notwithstanding aforementioned contractual stipulations, subscribers remain responsible regarding outstanding remuneration obligations. Subsequent termination necessitates documentation.',
};

let current = files;

/** Runs `body` with other file contents in place of `files`. */
async function withFiles<T>(replacement: Record<string, string>, body: () => Promise<T>): Promise<T> {
  current = replacement;
  try {
    return await body();
  } finally {
    current = files;
  }
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: async (path) => {
      if (!(path in current)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return current[path]!;
    },
  });
  return { code, out, err };
}

describe('plain-language command line', () => {
  it('prints file:line:col rule message for prose only, skipping front matter, imports, code and link targets', async () => {
    const { code, out } = await run(['notice.md']);
    expect(code).toBe(0);
    expect(out).toEqual([
      'notice.md:14:1 legalese "Pursuant to" is legal or official language.',
      'notice.md:14:25 legalese "shall" is legal or official language.',
    ]);
  });

  it('lints the string values of JSON files where they stand, not the keys', async () => {
    const { out } = await run(['strings.json']);
    expect(out).toEqual(['strings.json:3:15 legalese "shall" is legal or official language.']);
  });

  it('exits with 1 when a file is above the LIX limit, and 0 when the limit is raised', async () => {
    const strict = await run(['dense.txt', '--max-lix', '40']);
    expect(strict.code).toBe(1);
    expect(strict.out[0]).toMatch(/^dense\.txt:1:1 lix-too-high The text has a LIX of \d+(\.\d)?; the limit is 40\.$/);
    expect((await run(['dense.txt', '--max-lix', '200'])).code).toBe(0);
  });

  it('gives JSON output for tools', async () => {
    const { out } = await run(['strings.json', '--format', 'json']);
    expect(JSON.parse(out.join('\n'))).toMatchObject({
      locale: 'en',
      files: [{ file: 'strings.json', findings: [{ rule: 'legalese', line: 3 }] }],
    });
  });

  it.each([
    [['missing.md'], 'missing.md: no such file.'],
    [['notice.md', '--locale', 'de'], "Unknown locale 'de'. Supported: en, nb, nn, sv, fi, uk."],
    [['notice.md', '--max-lix', 'high'], '--max-lix needs a number, got "high".'],
    [[], 'No files given.'],
  ])('explains a usage error and exits with 2: %j', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(message);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])(
    'reads files with %s line endings exactly like LF, front matter and code skipped the same way',
    async (_, ending) => {
      const lf = await run(['notice.md', 'strings.json', '--format', 'json']);
      const withEnding = await withFiles(
        Object.fromEntries(Object.entries(files).map(([name, content]) => [name, content.replaceAll('\n', ending)])),
        () => run(['notice.md', 'strings.json', '--format', 'json']),
      );
      const positions = (out: string[]) =>
        (
          JSON.parse(out.join('\n')) as { files: { findings: { rule: string; line: number; column: number }[] }[] }
        ).files.map((file) => file.findings.map(({ rule, line, column }) => `${line}:${column} ${rule}`));
      expect(positions(withEnding.out)).toEqual(positions(lf.out));
      expect(positions(lf.out)[0]).toEqual(['14:1 legalese', '14:25 legalese']);
    },
  );

  it('keeps positions when blanking out Markdown', () => {
    const [segment] = extractText('Text `code` more.\n<Note kind="x">Inside</Note>', '.mdx');
    expect(segment!.text).toBe('Text        more.\n               Inside       ');
  });
});
