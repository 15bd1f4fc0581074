// The accessibility conformance report: for every WCAG 2.2 A and AA success criterion, what the test command
// checks (axe rules in every story theme, keyboard and behaviour tests tagged "(WCAG x.y.z)" in their names) and
// what a person must still check. It is built from the tests Vitest lists, so it cannot say more than they do.
//
//   node scripts/conformance-report.mjs          write docs/conformance/conformance-report.json
//   node scripts/conformance-report.mjs --check  fail when the committed report differs from the tests
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wcagTags } from '../.storybook/wcag-tags.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const reportPath = 'docs/conformance/conformance-report.json';
export const regenerateCommand = 'pnpm conformance-report';

/** "(WCAG 2.1.1)" or "(WCAG 2.1.1, 2.4.3)" in a test's name ties the test to those criteria. */
const TAG = /\(WCAG (\d+\.\d+\.\d+(?:,\s*\d+\.\d+\.\d+)*)\)/g;

/** The criteria a test name or a manual check names, in order of appearance. */
export function criteriaIn(text) {
  return [...text.matchAll(TAG)].flatMap((match) => match[1].split(/,\s*/));
}

/** axe-core's criterion tag for a criterion: 1.4.10 is `wcag1410`. */
const axeTagOf = (id) => `wcag${id.replaceAll('.', '')}`;

/** The component a test belongs to: the folder it sits in, or a component named at the start of its name. */
function componentOf(test, components) {
  const folder = test.file.split('/').at(-2);
  if (components.some((component) => component.name === folder)) return folder;
  const named = components.find((component) => new RegExp(`^(?:[^>]*> )?${component.name}\\b`).test(test.name));
  return named?.name;
}

/**
 * Builds the report from what the test command runs.
 * @param {object} input
 * @param {{ id: string, name: string, level: 'A' | 'AA', notApplicable?: string, manual?: string }[]} input.criteria
 * @param {{ ruleId: string, tags: string[] }[]} input.axeRules the rules that ran: those of the run's WCAG tags
 * @param {string} input.axeVersion
 * @param {{ name: string, file: string, projectName: string }[]} input.tests every test Vitest lists, files relative to the root
 * @param {{ name: string, package: string, manualChecks: string[] }[]} input.components
 */
export function buildReport({ criteria, axeRules, axeVersion, tests, components }) {
  const known = new Set(criteria.map((criterion) => criterion.id));
  const storyTheme = (projectName) => /^stories:([\w-]+)/.exec(projectName)?.[1];
  const themes = [...new Set(tests.map((test) => storyTheme(test.projectName)).filter(Boolean))].sort();

  // A story runs once per theme project; axe checks it in each.
  const stories = new Map();
  for (const test of tests) {
    const theme = storyTheme(test.projectName);
    if (!theme) continue;
    const component = componentOf(test, components);
    if (!component) continue;
    const key = `${component}\u0000${test.name}`;
    stories.set(key, { component, themes: [...(stories.get(key)?.themes ?? []), theme].sort() });
  }

  const tagged = [];
  const seen = new Set();
  for (const test of tests) {
    const ids = criteriaIn(test.name);
    if (ids.length === 0 || storyTheme(test.projectName)) continue;
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) {
      throw new Error(
        `The test "${test.name}" in ${test.file} names WCAG ${unknown}, which is not a WCAG 2.2 A or AA success criterion. Correct the number in its name.`,
      );
    }
    // Browser and node projects may list the same test once each; it counts once.
    const key = `${test.file}\u0000${test.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tagged.push({ name: test.name, file: test.file, component: componentOf(test, components) ?? null, criteria: ids });
  }
  tagged.sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));

  const manual = components.flatMap((component) =>
    component.manualChecks.map((check) => {
      const ids = criteriaIn(check);
      const unknown = ids.find((id) => !known.has(id));
      if (unknown)
        throw new Error(
          `A manual check of ${component.name} (guidance.json) names WCAG ${unknown}, which is not a WCAG 2.2 A or AA success criterion: "${check}"`,
        );
      return { component: component.name, check, criteria: ids };
    }),
  );

  const storyCount = (component) => [...stories.values()].filter((story) => story.component === component).length;
  const themesOf = (component) =>
    [
      ...new Set(
        [...stories.values()].filter((story) => story.component === component).flatMap((story) => story.themes),
      ),
    ].sort();

  const reportCriteria = criteria.map((criterion) => {
    const rules = axeRules
      .filter((rule) => rule.tags.includes(axeTagOf(criterion.id)))
      .map((rule) => rule.ruleId)
      .sort();
    const checkedStories = rules.length > 0 ? stories.size : 0;
    const criterionTests = tagged
      .filter((test) => test.criteria.includes(criterion.id))
      .map(({ name, file, component }) => ({ name, file, component }));
    const manualChecks = [
      ...(criterion.manual ? [{ component: null, check: criterion.manual }] : []),
      ...manual
        .filter((entry) => entry.criteria.includes(criterion.id))
        .map(({ component, check }) => ({ component, check })),
    ];
    const automated = checkedStories > 0 || criterionTests.length > 0;
    const conformance = criterion.notApplicable
      ? 'Not applicable'
      : manualChecks.length > 0
        ? 'Needs review'
        : automated
          ? 'Supports'
          : 'Not evaluated';
    const remarks = [
      criterion.notApplicable,
      rules.length > 0 &&
        `axe-core ${axeVersion} rules ${rules.join(', ')} ran on ${checkedStories} stories in the ${themes.join(', ')} themes; any violation fails the tests.`,
      criterionTests.length > 0 &&
        `${criterionTests.length} keyboard and behaviour ${criterionTests.length === 1 ? 'test checks' : 'tests check'} it.`,
      manualChecks.length > 0 &&
        `A person checks: ${manualChecks.map((entry) => (entry.component ? `${entry.component}: ${entry.check}` : entry.check)).join(' ')}`,
      !criterion.notApplicable &&
        !automated &&
        manualChecks.length === 0 &&
        'No automated test and no manual check covers it yet.',
    ].filter(Boolean);
    return {
      id: criterion.id,
      name: criterion.name,
      level: criterion.level,
      conformance,
      remarks: remarks.join(' '),
      axeRules: rules,
      tests: criterionTests,
      manualChecks,
    };
  });

  return {
    $comment: `Generated by \`${regenerateCommand}\` from the tests the test command runs. Do not edit by hand.`,
    standard: 'WCAG 2.2',
    levels: ['A', 'AA'],
    axe: { version: axeVersion, tags: wcagTags, themes },
    criteria: reportCriteria,
    components: components
      .map((component) => ({
        name: component.name,
        package: component.package,
        stories: storyCount(component.name),
        themes: themesOf(component.name),
        tests: tagged
          .filter((test) => test.component === component.name)
          .map(({ name, criteria: ids }) => ({ name, criteria: ids })),
        manualChecks: manual
          .filter((entry) => entry.component === component.name)
          .map(({ check, criteria: ids }) => ({ check, criteria: ids })),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The components and patterns: each folder a package's index exports whole (`export * from './Tabs/index.js'`). */
function readComponents() {
  return ['react', 'patterns'].flatMap((pkg) => {
    const src = join(root, 'packages', pkg, 'src');
    const index = readFileSync(join(src, 'index.ts'), 'utf8');
    return readdirSync(src, { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() &&
          /^[A-Z]/.test(entry.name) &&
          index.includes(`export * from './${entry.name}/index.js'`),
      )
      .map((entry) => {
        const dir = join(src, entry.name);
        const guidanceFile = join(dir, 'guidance.json');
        const guidance = existsSync(guidanceFile) ? JSON.parse(readFileSync(guidanceFile, 'utf8')) : undefined;
        return { name: entry.name, package: `@samspill/${pkg}`, manualChecks: guidance?.manualChecks ?? [] };
      });
  });
}

/** Every test of the node, browser and story projects, listed by Vitest without running them. */
function listTests() {
  const dir = mkdtempSync(join(tmpdir(), 'samspill-conformance-'));
  const out = join(dir, 'tests.json');
  try {
    execFileSync(
      'pnpm',
      [
        'exec',
        'vitest',
        'list',
        `--json=${out}`,
        '--project',
        'node',
        '--project',
        'browser',
        '--project',
        'stories:*',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    return JSON.parse(readFileSync(out, 'utf8')).map((test) => ({
      ...test,
      file: relative(root, test.file).split(sep).join('/'),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** axe-core's rules for the WCAG tags the stories run with; page-level rules do not run on a component's story. */
function readAxe() {
  const axe = createRequire(import.meta.url)('axe-core');
  const pageLevel = new Set(axe._audit.rules.filter((rule) => rule.pageLevel).map((rule) => rule.id));
  const axeRules = axe
    .getRules(wcagTags)
    .filter(
      (rule) => !pageLevel.has(rule.ruleId) && !rule.tags.includes('experimental') && !rule.tags.includes('deprecated'),
    )
    .map(({ ruleId, tags }) => ({ ruleId, tags }));
  return { axeRules, axeVersion: axe.version };
}

export function generate() {
  const { criteria } = JSON.parse(readFileSync(join(root, 'docs/conformance/wcag22.json'), 'utf8'));
  return buildReport({ criteria, ...readAxe(), tests: listTests(), components: readComponents() });
}

/** The report as it is committed: stable JSON, so a changed test shows as a changed line. */
export const reportText = (report) => `${JSON.stringify(report, null, 2)}\n`;

/** Why the committed report cannot stand, or undefined when it matches the tests. */
export function staleReport(committed, report) {
  if (committed === undefined) return `${reportPath} is missing. Run \`${regenerateCommand}\` and commit the result.`;
  if (committed !== reportText(report))
    return `${reportPath} does not match the tests any more. Run \`${regenerateCommand}\` and commit the result.`;
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = generate();
  const file = join(root, reportPath);
  if (process.argv.includes('--check')) {
    const problem = staleReport(existsSync(file) ? readFileSync(file, 'utf8') : undefined, report);
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    console.log(`${reportPath} matches the tests.`);
  } else {
    writeFileSync(file, reportText(report));
    console.log(`Wrote ${reportPath}.`);
  }
}
