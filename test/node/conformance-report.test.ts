import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  reportText,
  staleReport,
  type ComponentInput,
  type Criterion,
  type ListedTest,
} from '../../scripts/conformance-report.mjs';

const root = join(import.meta.dirname, '..', '..');
const criteria: Criterion[] = [
  { id: '2.1.1', name: 'Keyboard', level: 'A' },
  { id: '1.4.3', name: 'Contrast (Minimum)', level: 'AA' },
  { id: '2.4.6', name: 'Headings and Labels', level: 'AA', manual: 'Headings describe their topic.' },
  { id: '3.2.1', name: 'On Focus', level: 'A' },
  {
    id: '1.2.1',
    name: 'Audio-only and Video-only (Prerecorded)',
    level: 'A',
    notApplicable: 'No component plays audio or video.',
  },
];
const axeRules = [{ ruleId: 'color-contrast', tags: ['wcag2aa', 'wcag143'] }];
const components: ComponentInput[] = [
  {
    name: 'Tabs',
    package: '@samspill/react',
    manualChecks: ['Each tab label is short and unique (WCAG 2.4.6).', 'Keep to seven tabs or fewer.'],
  },
  { name: 'Button', package: '@samspill/react', manualChecks: [] },
];
const tests: ListedTest[] = [
  {
    name: 'Tabs > selects as the arrow keys move (WCAG 2.1.1)',
    file: 'packages/react/src/Tabs/Tabs.test.tsx',
    projectName: 'browser (chromium)',
  },
  {
    name: 'Tabs > renders on the server',
    file: 'packages/react/src/Tabs/Tabs.test.tsx',
    projectName: 'browser (chromium)',
  },
  ...['light', 'dark', 'high-contrast'].map((theme) => ({
    name: 'Primary',
    file: 'packages/react/src/Button/Button.stories.tsx',
    projectName: `stories:${theme} (chromium)`,
  })),
];
const report = buildReport({ criteria, axeRules, axeVersion: '4.14.1', tests, components });
const criterion = (id: string) => report.criteria.find((entry) => entry.id === id)!;

describe('the conformance report', () => {
  it('lists a test tagged with a criterion under that criterion and under its component', () => {
    expect(criterion('2.1.1').tests).toEqual([
      {
        name: 'Tabs > selects as the arrow keys move (WCAG 2.1.1)',
        file: 'packages/react/src/Tabs/Tabs.test.tsx',
        component: 'Tabs',
      },
    ]);
    expect(criterion('2.1.1').conformance).toBe('Supports');
    expect(report.components.find((entry) => entry.name === 'Tabs')!.tests).toEqual([
      { name: 'Tabs > selects as the arrow keys move (WCAG 2.1.1)', criteria: ['2.1.1'] },
    ]);
  });

  it('says "Not evaluated", not "Supports", for a criterion no test and no person checks', () => {
    expect(criterion('3.2.1')).toMatchObject({
      conformance: 'Not evaluated',
      axeRules: [],
      tests: [],
      manualChecks: [],
    });
    expect(criterion('3.2.1').remarks).toContain('No automated test and no manual check covers it yet.');
  });

  it('names the axe rules of a criterion and the themes they ran in', () => {
    expect(criterion('1.4.3')).toMatchObject({ conformance: 'Supports', axeRules: ['color-contrast'] });
    expect(criterion('1.4.3').remarks).toContain('ran on 1 stories in the dark, high-contrast, light themes');
    expect(report.components.find((entry) => entry.name === 'Button')).toMatchObject({
      stories: 1,
      themes: ['dark', 'high-contrast', 'light'],
    });
  });

  it('asks for review where a person must check, with the checks of the criterion and of the components that name it', () => {
    expect(criterion('2.4.6').conformance).toBe('Needs review');
    expect(criterion('2.4.6').manualChecks).toEqual([
      { component: null, check: 'Headings describe their topic.' },
      { component: 'Tabs', check: 'Each tab label is short and unique (WCAG 2.4.6).' },
    ]);
    expect(report.components.find((entry) => entry.name === 'Tabs')!.manualChecks).toContainEqual({
      check: 'Keep to seven tabs or fewer.',
      criteria: [],
    });
  });

  it('keeps a criterion that cannot apply apart, with the reason', () => {
    expect(criterion('1.2.1')).toMatchObject({
      conformance: 'Not applicable',
      remarks: 'No component plays audio or video.',
    });
  });

  it('refuses a tag that names no WCAG 2.2 A or AA criterion, naming the test', () => {
    const typo = [
      {
        name: 'Tabs > moves with arrows (WCAG 2.1.9)',
        file: 'packages/react/src/Tabs/Tabs.test.tsx',
        projectName: 'browser (chromium)',
      },
    ];
    expect(() => buildReport({ criteria, axeRules, axeVersion: '4.14.1', tests: typo, components })).toThrow(
      'The test "Tabs > moves with arrows (WCAG 2.1.9)" in packages/react/src/Tabs/Tabs.test.tsx names WCAG 2.1.9, which is not a WCAG 2.2 A or AA success criterion.',
    );
  });

  it('fails a committed report that a newly tagged test changed, naming the command that rewrites it', () => {
    const committed = reportText(report);
    expect(staleReport(committed, report)).toBeUndefined();
    const tagged = [
      ...tests,
      {
        name: 'Tabs > keeps focus in view (WCAG 3.2.1)',
        file: 'packages/react/src/Tabs/Tabs.test.tsx',
        projectName: 'browser (chromium)',
      },
    ];
    const current = buildReport({ criteria, axeRules, axeVersion: '4.14.1', tests: tagged, components });
    expect(staleReport(committed, current)).toBe(
      'docs/conformance/conformance-report.json does not match the tests any more. Run `pnpm conformance-report` and commit the result.',
    );
    expect(staleReport(undefined, current)).toContain('is missing. Run `pnpm conformance-report`');
  });

  it('is committed for every WCAG 2.2 A and AA criterion, and each has a conformance level and remarks', () => {
    const committed = JSON.parse(
      readFileSync(join(root, 'docs/conformance/conformance-report.json'), 'utf8'),
    ) as ReturnType<typeof buildReport>;
    expect(committed.criteria).toHaveLength(55);
    for (const entry of committed.criteria) expect(entry.remarks, `WCAG ${entry.id} has no remarks`).not.toBe('');
  });
});
