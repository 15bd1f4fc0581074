// Each package publishes dist/metadata.json for design tools: its components' guidance.json merged with what only the
// code knows. A missing or invalid guidance.json fails the package build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allComponentNames, buildMetadata, guidanceProblems, partsOf } from '../../scripts/metadata.mjs';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'test', 'fixtures', 'metadata');

/** Runs the package build's metadata step in a package directory, as `pnpm build` does. */
// Reading props compiles the component with TypeScript: seconds alone, much more with the cores busy.
const compiling = 120_000;

const buildStep = (dir: string) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'build-metadata.mjs')], { cwd: dir, encoding: 'utf8' });

describe('component metadata', () => {
  afterAll(() => rmSync(join(fixture, 'dist'), { recursive: true, force: true }));

  it(
    'gives Tag its props with types, defaults and descriptions from the code, its stories, and its guidance',
    () => {
      const [tag] = buildMetadata(join(root, 'packages', 'react'), { only: ['Tag'] }).components;
      const guidance = JSON.parse(
        readFileSync(join(root, 'packages', 'react', 'src', 'Tag', 'guidance.json'), 'utf8'),
      ) as { summary: string; aliases: string[] };
      expect(tag).toMatchObject({
        name: 'Tag',
        package: '@samspill/react',
        status: 'stable',
        summary: guidance.summary,
        aliases: guidance.aliases,
        docs: 'components-tag--docs',
        keyboard: [],
      });
      expect(tag!.props).toContainEqual({
        name: 'tone',
        type: '"neutral" | "info" | "success" | "warning" | "danger"',
        required: false,
        default: 'neutral',
        description: expect.stringMatching(/colour alone tells nothing/),
      });
      // The DOM's own props are the platform's, not Tag's.
      expect(tag!.props.map((prop) => prop.name)).not.toContain('onClick');
      expect(tag!.stories.map((story) => story.id)).toContain('components-tag--tones');
      expect(tag!.related.map((item) => item.name)).toContain('Alert');
      expect(tag!.parts).toEqual([]);
    },
    compiling,
  );

  it('documents the parts a folder exports beside its component, and lets guidance relate to them', () => {
    expect(partsOf(join(root, 'packages', 'react'), 'Tabs')).toEqual(['Tab', 'TabList', 'TabPanel']);
    expect(allComponentNames()).toEqual(
      expect.arrayContaining(['Tag', 'Tabs', 'TabPanel', 'HelpLink', 'ContactBar', 'ServiceStatusBanner']),
    );
    expect(allComponentNames()).not.toContain('Notice');
  });

  it('is published by the react and patterns packages as ./metadata.json, written by their build', () => {
    for (const name of ['react', 'patterns']) {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as {
        exports: Record<string, unknown>;
        scripts: { build: string };
      };
      expect(manifest.exports['./metadata.json']).toBe('./dist/metadata.json');
      expect(manifest.scripts.build).toMatch(/build-metadata\.mjs$/);
    }
  });

  it(
    'marks required props and gives story ids as Storybook makes them',
    () => {
      const metadata = buildMetadata(fixture, { only: ['Badge'] });
      expect(metadata).toMatchObject({ package: '@samspill/react', version: '1.2.3' });
      expect(metadata.components[0]!.props).toEqual([
        { name: 'count', type: 'number', required: true, description: 'The number shown after the text.' },
        {
          name: 'emphasis',
          type: '"quiet" | "loud"',
          required: false,
          default: 'quiet',
          description: 'How loud the badge is.',
        },
      ]);
      expect(metadata.components[0]!.stories).toEqual([
        { id: 'components-badge--quiet', name: 'Quiet', tags: [] },
        { id: 'components-badge--loud-and-proud', name: 'Loud', tags: [] },
      ]);
    },
    compiling,
  );

  it(
    'fails the build on an invalid or missing guidance.json, naming the file and each wrong field',
    () => {
      const result = buildStep(fixture);
      expect(result.status).toBe(1);
      const file = 'test/fixtures/metadata/src/Pill/guidance.json';
      expect(result.stderr).toContain(`${file}: \`status\` must be "stable" or "beta" (got "experimental")`);
      expect(result.stderr).toContain(`${file}: \`keyboard[0].keys\` must be a non-empty list of key names`);
      expect(result.stderr).toMatch(
        /Pill\/guidance\.json: `related\[0\]\.name` must name a component or pattern with a page \(got "Capsule"/,
      );
      expect(result.stderr).toContain(
        'test/fixtures/metadata/src/Chip/guidance.json is missing: every exported component and pattern needs one',
      );
      expect(result.stderr).not.toContain('Badge');
      expect(existsSync(join(fixture, 'dist', 'metadata.json'))).toBe(false);
    },
    compiling,
  );

  it('refuses a field the Guidance type does not have, a wrong name, and a summary that is not a sentence', () => {
    const valid = JSON.parse(readFileSync(join(fixture, 'src', 'Badge', 'guidance.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const expected = { name: 'Badge', package: '@samspill/react', components: ['Tag'] };
    expect(guidanceProblems(valid, 'Badge/guidance.json', expected)).toEqual([]);
    const problems = guidanceProblems(
      { ...valid, name: 'Badges', summary: 'counts', keyboards: [] },
      'Badge/guidance.json',
      expected,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^Badge\/guidance\.json: `keyboards` is not a guidance field; the fields are name, package, status/,
      ),
      expect.stringMatching(
        /^Badge\/guidance\.json: `name` must be "Badge", the component this folder exports \(got "Badges"\)/,
      ),
      expect.stringMatching(/^Badge\/guidance\.json: `summary` must be one sentence that ends with a full stop/),
    ]);
    expect(guidanceProblems([], 'Badge/guidance.json', expected)).toEqual([
      expect.stringMatching(/must hold one JSON object/),
    ]);
  });
});
