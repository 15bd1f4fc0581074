/** How bad an accessibility violation is, as axe-core rates it, from least to most severe. */
export const impacts = ['minor', 'moderate', 'serious', 'critical'] as const;
export type Impact = (typeof impacts)[number];

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

/** One element that breaks a rule. */
export interface ViolationNode {
  /** The CSS selector(s) of the element; more than one when it sits inside iframes or shadow roots. */
  selector: string[];
  html: string;
  /** What to fix, as axe-core words it. */
  failureSummary: string;
}

/** One axe-core rule broken by one or more elements of a target. */
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
  /** Why the target errored or timed out. */
  error?: string;
  durationMs: number;
}

export interface AuditReport {
  tool: { name: string; version: string; axeVersion: string };
  /** What was audited: the Storybook directory or URL, or `pages`. */
  source: string;
  kind: 'storybook' | 'pages';
  /** The axe-core tags that were run. */
  tags: string[];
  themes: string[];
  startedAt: string;
  durationMs: number;
  results: TargetResult[];
}
