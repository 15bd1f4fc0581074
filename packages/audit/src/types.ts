/** How bad an accessibility violation is, as axe-core rates it, from least to most severe. */
export const impacts = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Impact = (typeof impacts)[number];

/** WCAG conformance levels, from the least to the most demanding; axe-core tags its rules with them (`wcag21aa`). */
export const wcagLevels = ['A', 'AA', 'AAA'] as const;
export type WcagLevel = (typeof wcagLevels)[number];

/** What was visited: one story or docs page in one theme, or one page. */
export interface AuditTarget {
  kind: 'story' | 'docs' | 'page';
  /** The story id (`button--primary`) or, for a page, its URL. */
  id: string;
  /** The story's title (`Components/Button`); for a page, its URL. */
  title: string;
  /** The story's name (`Primary`); for a page, its URL. */
  name: string;
  /** The theme the story was rendered in; undefined for pages. */
  theme?: string;
  /** The URL that was visited. */
  url: string;
  /** The story file, relative to the Storybook project's root (`./src/Button/Button.stories.tsx`). */
  importPath?: string;
  /** The story's export in that file (`Primary`). */
  exportName?: string;
}

/** One element that breaks a rule, or that axe-core could not decide about. */
export interface ViolationNode {
  /** The CSS selector(s) of the element; more than one when it sits inside iframes or shadow roots. */
  selector: string[];
  html: string;
  /** What to fix, as axe-core words it. */
  failureSummary: string;
}

/** One axe-core rule broken by one or more elements of a target, or left for a person to review on them. */
export interface Violation {
  ruleId: string;
  impact: Impact;
  /** What the rule checks, in a sentence. */
  description: string;
  /** The rule's short advice, used as its title. */
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: ViolationNode[];
}

export type TargetStatus = 'passed' | 'failed' | 'errored' | 'timed-out';

export interface TargetResult {
  target: AuditTarget;
  /** `failed`: violations found; `errored`: the story threw or the page would not load; `timed-out`: it never finished rendering. */
  status: TargetStatus;
  violations: Violation[];
  /**
   * What axe-core could not decide and a person must check (axe's "incomplete" results), e.g. text contrast over
   * a gradient or an image. They fail the run only when asked (`--fail-on-review`).
   */
  needsReview: Violation[];
  /** How many axe-core rules ran on the target; 0 when it could not be checked. */
  rulesRun: number;
  /** Why the target errored (it threw, would not load, or is not an HTML document) or timed out. */
  error?: string;
  durationMs: number;
}

export interface AuditReport {
  tool: { name: string; version: string; axeVersion: string };
  /** What was audited: the Storybook directory or URL, or `pages`. */
  source: string;
  kind: 'storybook' | 'pages';
  /** The axe-core tags that were run; empty when `rules` names the rules instead. */
  tags: string[];
  /** The axe-core rules that were run, when chosen by id (`--rules`). */
  rules?: string[];
  themes: string[];
  startedAt: string;
  durationMs: number;
  /** Which part of a split audit this is (`--shard k/n`); absent for a whole or merged run. */
  shard?: { index: number; count: number };
  results: TargetResult[];
}
