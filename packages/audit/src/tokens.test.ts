// `samspill-audit tokens --tokens`: a company's own tokens, a brand file or a built folder, checked for contrast
// in every theme and reported in every format.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { exitCodes } from './summary.js';

const tokensRoot = join(import.meta.dirname, '..', '..', '..', 'tokens');
const pale = join(tokensRoot, 'test', 'fixtures', 'brands', 'pale.json');
const nordlys = join(tokensRoot, 'brands', 'nordlys.json');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samspill-audit-tokens-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd: dir });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('samspill-audit tokens --tokens', () => {
  it('fails a brand file whose ramp is too pale, naming each pair and theme in every report', async () => {
    const { code, stdout, stderr } = await run([
      'tokens',
      '--tokens',
      pale,
      '--json',
      'pale.json',
      '--junit',
      'pale.xml',
      '--sarif',
      'pale.sarif',
      '--html',
      'pale.html',
    ]);
    expect(stderr).toContain('Wrote');
    expect(code).toBe(exitCodes.violations);
    expect(stdout).toContain(`in ${pale}`);
    expect(stdout).toMatch(
      /^color\.action\.primary\.text on color\.action\.primary\.background\s+text\s+4\.5:1\s+1\.\d\d:1 FAIL/m,
    );
    expect(stdout).toContain(
      'light: color.action.primary.text (#ffffff) on color.action.primary.background (#f5b800) is',
    );
    expect(stdout).toMatch(/^ {2}dark: color\.text\.link \(/m);

    const matrix = JSON.parse(await readFile(join(dir, 'pale.json'), 'utf8')) as {
      source: string;
      failures: { theme: string; foreground: string }[];
    };
    expect(matrix.source).toBe(pale);
    expect(matrix.failures).toContainEqual(expect.objectContaining({ theme: 'light', foreground: 'color.text.link' }));

    const junit = await readFile(join(dir, 'pale.xml'), 'utf8');
    const lightSuite = /<testsuite name="tokens \[light\]" tests="(\d+)" failures="(\d+)"/.exec(junit);
    expect(Number(lightSuite?.[2])).toBeGreaterThan(0);
    expect(junit).toMatch(
      /<testcase classname="tokens\.text" name="color\.text\.link on color\.surface\.default">\n\s+<failure message="\d\.\d\d:1, needs 4\.5:1"/,
    );

    const sarif = JSON.parse(await readFile(join(dir, 'pale.sarif'), 'utf8')) as {
      version: string;
      runs: {
        results: {
          ruleId: string;
          level: string;
          message: { text: string };
          locations: { physicalLocation?: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const link = sarif.runs[0]!.results.find(
      (result) => result.message.text.startsWith('color.text.link (') && result.message.text.includes('light theme'),
    );
    expect(link).toMatchObject({
      ruleId: 'token-contrast-text',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: pale } } }],
    });
    expect(sarif.runs[0]!.results).toHaveLength(matrix.failures.length);

    const html = await readFile(join(dir, 'pale.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/Failed: \d+ pairs below the required contrast\./);
    expect(html).toContain('<code>color.action.primary.text on color.action.primary.background</code>');
  });

  it('passes the Nordlys brand file in every theme, and the folder its build wrote too', async () => {
    const file = await run(['tokens', '--tokens', nordlys, '--junit', 'nordlys.xml']);
    expect(file.stdout).toMatch(/PASSED: all \d+ pairs meet their contrast in 3 themes\./);
    expect(file.code).toBe(exitCodes.clean);
    expect(await readFile(join(dir, 'nordlys.xml'), 'utf8')).toMatch(
      /<testsuites name="samspill-audit tokens [^"]+" tests="\d+" failures="0"/,
    );

    const folder = await run(['tokens', '--tokens', join(tokensRoot, 'dist', 'brands', 'nordlys')]);
    expect(folder.code).toBe(exitCodes.clean);
    expect(folder.stdout.split('\n').filter((line) => / ok\s*$/.test(line))).toEqual(
      file.stdout.split('\n').filter((line) => / ok\s*$/.test(line)),
    );
  });

  it.each([
    ['a path that does not exist', ['missing.json'], /--tokens missing\.json: no such file or folder/],
    [
      'a folder with no built tokens',
      ['.'],
      /--tokens \. is not a built token folder: it lacks json\/light\.flat\.json, json\/dark\.flat\.json, json\/high-contrast\.flat\.json/,
    ],
    [
      'a brand file the build refuses',
      [join(tokensRoot, 'test', 'fixtures', 'brands', 'incomplete.json')],
      /could not be built:[\s\S]*must give every stop of the brand ramp/,
    ],
  ])('refuses %s with exit code 2 and says why', async (_, args, message) => {
    const { code, stderr } = await run(['tokens', '--tokens', ...args]);
    expect(stderr).toMatch(message);
    expect(code).toBe(exitCodes.usage);
  });

  it('is refused by the commands that check pages', async () => {
    const { code, stderr } = await run(['url', 'https://example.org', '--tokens', nordlys]);
    expect(stderr).toMatch(/--tokens does not apply to "url"/);
    expect(code).toBe(exitCodes.usage);
  });
});
